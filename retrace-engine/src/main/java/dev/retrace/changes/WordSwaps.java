package dev.retrace.changes;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One-word swaps between two aligned texts: the places where a word diff of the two (lower-cased words) replaces
 * exactly one word by exactly one other, the words around it being equal. Rules that look for a word turned into
 * its opposite, a thing into another of its kind, or an ordinal into another read these. The same diff of the
 * whole texts also gives the two-word replacements ("arrested on" → "acquitted of"), for rules whose word often
 * changes with its preposition.
 */
final class WordSwaps {
  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)*");

  /**
   * The two texts' words, the swaps between them, and the two-word replacements of the whole texts' diff (each as
   * a swap of its first words, {@code next} the source's second word).
   */
  record Result(List<String> wordsA, List<String> wordsB, List<Swap> swaps, List<Swap> pairSwaps) {}

  /**
   * {@code from} became {@code to}; {@code next} is the source's word after {@code from} (null at the end), so a
   * rule can quote the phrase ("fourth quarter").
   */
  record Swap(String from, String to, String next) {}

  static Result of(String a, String b) {
    List<String> wordsA = words(a);
    List<String> wordsB = words(b);
    Set<Swap> swaps = new LinkedHashSet<>();
    Set<Swap> pairs = new LinkedHashSet<>();
    collect(wordsA, wordsB, swaps, pairs);
    return new Result(wordsA, wordsB, List.copyOf(swaps), List.copyOf(pairs));
  }

  /**
   * Swaps between two aligned groups. A merge or split puts the sentences of one side in another order than the
   * other's ("On the eve of X, activists dumped blue paint" from "Activists dumped blue paint. It comes on the
   * eve of X."), and one diff of the joined texts can then match only one of the runs around a swapped word.
   * So each sentence of a group of several is also diffed against the other side whole, and the swaps found
   * are pooled; a swap still needs equal words on both sides of it, or the text's edge.
   */
  static Result of(GroupClaims a, GroupClaims b) {
    List<String> wordsA = a.words();
    List<String> wordsB = b.words();
    Set<Swap> swaps = new LinkedHashSet<>();
    Set<Swap> pairs = new LinkedHashSet<>();
    collect(wordsA, wordsB, swaps, pairs);
    if (a.sentences.size() > 1) {
      for (int i : a.sentences) {
        collect(words(a.sentenceText(i)), wordsB, swaps, null);
      }
    }
    if (b.sentences.size() > 1) {
      for (int j : b.sentences) {
        collect(wordsA, words(b.sentenceText(j)), swaps, null);
      }
    }
    return new Result(wordsA, wordsB, List.copyOf(swaps), List.copyOf(pairs));
  }

  /** Adds the diff's one-word swaps to {@code out} and, when {@code pairs} is given, its two-word replacements. */
  private static void collect(List<String> wordsA, List<String> wordsB, Set<Swap> out, Set<Swap> pairs) {
    for (AbstractDelta<String> d : DiffUtils.diff(wordsA, wordsB).getDeltas()) {
      if (d.getType() != DeltaType.CHANGE || d.getSource().size() != d.getTarget().size()) {
        continue;
      }
      int at = d.getSource().getPosition();
      Swap swap = new Swap(d.getSource().getLines().get(0), d.getTarget().getLines().get(0),
          at + 1 < wordsA.size() ? wordsA.get(at + 1) : null);
      if (d.getSource().size() == 1) {
        out.add(swap);
      } else if (d.getSource().size() == 2 && pairs != null) {
        pairs.add(swap);
      }
    }
  }

  /** The text's words, lower-cased, in order. */
  static List<String> words(String text) {
    return Tokens.lower(Tokens.of(WORD, text));
  }

  private WordSwaps() {}
}
