package dev.retrace.changes;

import java.util.Map;

/**
 * A stage of a process the copy moved someone to: "Oscar nominee" → "Oscar winner", "accused of fraud" →
 * "convicted of fraud", "arrested on fraud charges" → "acquitted of fraud charges" (a one-word swap of the word
 * diff, {@link WordSwaps}, or the first word of a two-word replacement). News reports people at one stage of a
 * contest or a prosecution, and a rewrite that moves them along (or back) states what has not happened: an
 * accusation as a verdict, a nomination as a win, an arrest as an acquittal. Neither WordNet's antonyms nor its
 * siblings see these pairs, so the stages are listed here, each process in order; words of one stage ("winner",
 * "won") are not a change. Stages that only changed places (the copy still says the source's word) are not a move.
 */
final class StatusChanges {
  /** Word → (process, stage): a higher stage is further along. */
  private static final Map<String, int[]> STAGES = Map.ofEntries(
      // a contest: in the running, then won
      Map.entry("nominee", new int[] {0, 0}), Map.entry("nominees", new int[] {0, 0}),
      Map.entry("nominated", new int[] {0, 0}), Map.entry("shortlisted", new int[] {0, 0}),
      Map.entry("contender", new int[] {0, 0}), Map.entry("contenders", new int[] {0, 0}),
      Map.entry("finalist", new int[] {0, 0}), Map.entry("finalists", new int[] {0, 0}),
      Map.entry("winner", new int[] {0, 1}), Map.entry("winners", new int[] {0, 1}), Map.entry("won", new int[] {0, 1}),
      Map.entry("winning", new int[] {0, 1}),
      // a prosecution: suspected, accused, convicted
      Map.entry("suspected", new int[] {1, 0}), Map.entry("suspect", new int[] {1, 0}),
      Map.entry("arrested", new int[] {1, 0}), Map.entry("detained", new int[] {1, 0}),
      Map.entry("accused", new int[] {1, 1}), Map.entry("charged", new int[] {1, 1}),
      Map.entry("indicted", new int[] {1, 1}), Map.entry("prosecuted", new int[] {1, 1}),
      Map.entry("convicted", new int[] {1, 2}), Map.entry("guilty", new int[] {1, 2}),
      Map.entry("sentenced", new int[] {1, 2}), Map.entry("jailed", new int[] {1, 2}),
      // the other way a prosecution ends
      Map.entry("acquitted", new int[] {1, 3}), Map.entry("cleared", new int[] {1, 3}));

  static void detect(GroupClaims ga, GroupClaims gb, WordSwaps.Result diff, ChangeSink out) {
    for (WordSwaps.Swap swap : diff.swaps()) {
      check(swap.from(), swap.to(), ga, gb, out);
    }
    // The verb's preposition often changes with it ("arrested on fraud charges" → "acquitted of fraud charges"):
    // a two-word replacement, which is no one-word swap.
    for (WordSwaps.Swap pair : diff.pairSwaps()) {
      check(pair.from(), pair.to(), ga, gb, out);
    }
  }

  private static void check(String from, String to, GroupClaims ga, GroupClaims gb, ChangeSink out) {
    int[] x = STAGES.get(from);
    int[] y = STAGES.get(to);
    if (x == null || y == null || x[0] != y[0] || x[1] == y[1] || out.reported(ChangeKind.CERTAINTY_CHANGED, from, to)
        || gb.words().contains(from) && ga.words().contains(to)) {
      return;
    }
    String why = y[1] == 3 || x[1] == 3 ? "another outcome than the source gives"
        : y[1] > x[1] ? "a later stage than the source says" : "an earlier stage than the source says";
    out.change(ChangeKind.CERTAINTY_CHANGED, Severity.MAJOR, ga.text, gb.text, ga.sentences, gb.sentences, null,
        from, to, "\"" + from + "\" became \"" + to + "\": " + why);
  }

  private StatusChanges() {}
}
