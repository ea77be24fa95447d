package dev.retrace.changes;

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

  static void detect(GroupClaims ga, GroupClaims gb, WordSwaps.Result diff, ChangeSink out) {
    List<String> wordsA = diff.wordsA();
    for (WordSwaps.Swap swap : diff.swaps()) {
      Integer x = ORDINALS.get(swap.from());
      Integer y = ORDINALS.get(swap.to());
      if (x == null || y == null || x.equals(y)) {
        continue;
      }
      int next = swap.position() + 1;
      String context = next < wordsA.size() ? swap.from() + " " + wordsA.get(next) : swap.from();
      String replaced = next < wordsA.size() ? swap.to() + " " + wordsA.get(next) : swap.to();
      // Two ordinals that changed places ("the first ... the second" reordered) are not a changed figure.
      if (String.join(" ", wordsA).contains(replaced) || String.join(" ", diff.wordsB()).contains(context)) {
        continue;
      }
      out.change(ChangeKind.NUMBER_CHANGED, Severity.MAJOR, ga.text, gb.text, ga.sentences, gb.sentences,
          Integer.toString(x), context, replaced, "\"" + context + "\" became \"" + replaced + "\"");
    }
  }

  private OrdinalChanges() {}
}
