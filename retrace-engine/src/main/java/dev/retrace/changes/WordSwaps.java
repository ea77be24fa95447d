package dev.retrace.changes;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One-word swaps between two aligned texts: the places where a word diff of the two (lower-cased words) replaces
 * exactly one word by exactly one other, the words around it being equal. Rules that look for a word turned into
 * its opposite or an ordinal into another read these.
 */
final class WordSwaps {
  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)*");

  /** The two texts' words and the swaps between them. */
  record Result(List<String> wordsA, List<String> wordsB, List<Swap> swaps) {}

  /** {@code from} at index {@code position} of the source's words became {@code to}. */
  record Swap(String from, String to, int position) {}

  static Result of(String a, String b) {
    List<String> wordsA = words(a);
    List<String> wordsB = words(b);
    List<Swap> swaps = new ArrayList<>();
    for (AbstractDelta<String> d : DiffUtils.diff(wordsA, wordsB).getDeltas()) {
      if (d.getType() == DeltaType.CHANGE && d.getSource().size() == 1 && d.getTarget().size() == 1) {
        swaps.add(new Swap(d.getSource().getLines().get(0), d.getTarget().getLines().get(0),
            d.getSource().getPosition()));
      }
    }
    return new Result(wordsA, wordsB, swaps);
  }

  /** The text's words, lower-cased, in order. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(m.group().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  private WordSwaps() {}
}
