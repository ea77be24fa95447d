package dev.retrace.changes;

import dev.retrace.claims.WordSense;
import dev.retrace.text.ContentTerms;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An ordinal replaced by another in the same slot ("fourth quarter" → "third quarter", "second round" →
 * "third round"): a changed figure, which the quantity extractor does not see because ordinals are not
 * amounts. Only spelled-out ordinals: numeric ones ("21st") mostly sit in dates, which the time rules compare.
 */
final class OrdinalChanges {
  private static final Map<String, Integer> ORDINALS = Map.ofEntries(
      Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
      Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
      Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
      Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
      Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
      Map.entry("nineteenth", 19), Map.entry("twentieth", 20));

  /** True for a spelled-out ordinal ("first", "fourth"), which this rule compares as a figure. */
  static boolean isOrdinal(String low) {
    return ORDINALS.containsKey(low);
  }

  static void detect(GroupClaims ga, GroupClaims gb, WordSwaps.Result diff, ChangeSink out) {
    List<String> wordsA = diff.wordsA();
    for (WordSwaps.Swap swap : diff.swaps()) {
      Integer x = ORDINALS.get(swap.from());
      Integer y = ORDINALS.get(swap.to());
      if (x == null || y == null || x.equals(y)) {
        continue;
      }
      String context = swap.next() != null ? swap.from() + " " + swap.next() : swap.from();
      String replaced = swap.next() != null ? swap.to() + " " + swap.next() : swap.to();
      // Two ordinals that changed places ("the first ... the second" reordered) are not a changed figure.
      if (String.join(" ", wordsA).contains(replaced) || String.join(" ", diff.wordsB()).contains(context)) {
        continue;
      }
      out.change(ChangeKind.NUMBER_CHANGED, Severity.MAJOR, ga.text, gb.text, ga.sentences, gb.sentences,
          Integer.toString(x), context, replaced, "\"" + context + "\" became \"" + replaced + "\"");
    }
  }

  /**
   * The same change when the texts are too reworded for a word diff to pair the two ordinals (a summary
   * sentence that merges several source sentences, or one aligned with a neighbour of the sentence that held
   * the figure): the copy says "third quarter", a phrase its source never uses, while the source says "fourth
   * quarter" and the copy's sentence does not.
   */
  static void unpaired(GroupClaims ga, GroupClaims gb, GroupClaims wholeA, WordSwaps.Result diff, ChangeSink out) {
    List<String> b = diff.wordsB();
    String textB = " " + String.join(" ", b) + " ";
    for (int k = 0; k + 1 < b.size(); k++) {
      Integer y = ORDINALS.get(b.get(k));
      String noun = b.get(k + 1);
      if (y == null || ContentTerms.functionWords().contains(noun)) {
        continue;
      }
      String replaced = b.get(k) + " " + noun;
      List<String> a = wholeA.words(); // the whole source's words, split only for a copy with an ordinal
      if (wholeA.mentions(replaced) || inflected(a, b.get(k), noun)) {
        continue;
      }
      for (int m = 0; m + 1 < a.size(); m++) {
        Integer x = ORDINALS.get(a.get(m));
        String context = a.get(m) + " " + noun;
        if (x == null || x.equals(y) || !a.get(m + 1).equals(noun) || textB.contains(" " + context + " ")
            || out.reported(ChangeKind.NUMBER_CHANGED, context, replaced)) {
          continue;
        }
        out.change(ChangeKind.NUMBER_CHANGED, Severity.MAJOR, ga.text, gb.text, ga.sentences, gb.sentences,
            Integer.toString(x), context, replaced, "\"" + context + "\" became \"" + replaced + "\"");
        break;
      }
    }
  }

  /**
   * A rank given with a superlative that the copy gives otherwise: "Russia's second-largest brewer" → "Russia's
   * largest brewer" (or the reverse, or "third-biggest"). The rank is the ordinal just before the superlative,
   * else first; "one of the largest" gives none. A superlative of the copy is compared with those of the source
   * group that say the same thing ("largest" and "biggest": WordNet neighbours), and a changed rank is reported
   * only when the source never gives the copy's rank for it and the copy never gives the source's.
   */
  static void superlatives(GroupClaims ga, GroupClaims gb, ChangeSink out) {
    List<Ranked> a = ranked(ga.words());
    if (a.isEmpty()) {
      return;
    }
    List<Ranked> b = ranked(gb.words());
    for (Ranked y : b) {
      List<Ranked> same = a.stream().filter(x -> x.sameMeasure(y)).toList();
      if (same.isEmpty() || same.stream().anyMatch(x -> x.rank() == y.rank())) {
        continue;
      }
      Ranked x = same.get(0);
      if (b.stream().anyMatch(z -> z.sameMeasure(x) && z.rank() == x.rank())) {
        continue;
      }
      out.change(ChangeKind.NUMBER_CHANGED, Severity.MAJOR, ga.text, gb.text, ga.sentences, gb.sentences,
          Integer.toString(x.rank()), x.phrase(), y.phrase(), "\"" + x.phrase() + "\" became \"" + y.phrase() + "\"");
    }
  }

  /** A superlative with its rank: "second largest" (2), "largest" (1). */
  private record Ranked(String superlative, String base, int rank, String phrase) {
    boolean sameMeasure(Ranked o) {
      return superlative.equals(o.superlative) || WordSense.related(base, o.base);
    }
  }

  private static List<Ranked> ranked(List<String> words) {
    List<Ranked> out = new ArrayList<>();
    for (int k = 0; k < words.size(); k++) {
      String w = words.get(k);
      String base = superlativeBase(w);
      if (base == null || k >= 2 && words.get(k - 1).equals("the") && words.get(k - 2).equals("of")) {
        continue; // "one of the largest" ranks nothing
      }
      Integer rank = k > 0 ? ORDINALS.get(words.get(k - 1)) : null;
      out.add(new Ranked(w, base, rank == null ? 1 : rank, rank == null ? w : words.get(k - 1) + "-" + w));
    }
    return out;
  }

  /** The adjective a superlative in -est is formed from ("largest" → large, "biggest" → big), else null. */
  private static String superlativeBase(String w) {
    if (w.length() < 5 || !w.endsWith("est")) {
      return null;
    }
    for (String base : WordSense.baseForms(w)) {
      if (!base.equals(w) && w.startsWith(base.substring(0, Math.min(base.length(), 2)))) {
        return base;
      }
    }
    return null;
  }

  /** The source writes the ordinal before another form of the noun: "seventh-seeded" for "seventh seed". */
  private static boolean inflected(List<String> words, String ordinal, String noun) {
    for (int m = 0; m + 1 < words.size(); m++) {
      String next = words.get(m + 1);
      if (words.get(m).equals(ordinal) && (next.startsWith(noun) || noun.startsWith(next))) {
        return true;
      }
    }
    return false;
  }

  private OrdinalChanges() {}
}
