package dev.retrace.changes;

import java.util.Map;

/**
 * A stage of a process the copy moved someone to: "Oscar nominee" → "Oscar winner", "accused of fraud" →
 * "convicted of fraud" (the word diff's one-word swap, {@link WordSwaps}). News reports people at one stage of a
 * contest or a prosecution, and a rewrite that moves them along (or back) states what has not happened: an
 * accusation as a verdict, a nomination as a win. Neither WordNet's antonyms nor its siblings see these pairs,
 * so the stages are listed here, each process in order; words of one stage ("winner", "won") are not a change.
 * Stages that only changed places (the copy still says the source's word) are not a move.
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
      Map.entry("sentenced", new int[] {1, 2}), Map.entry("jailed", new int[] {1, 2}));

  static void detect(GroupClaims ga, GroupClaims gb, WordSwaps.Result diff, ChangeSink out) {
    for (WordSwaps.Swap swap : diff.swaps()) {
      int[] x = STAGES.get(swap.from());
      int[] y = STAGES.get(swap.to());
      if (x == null || y == null || x[0] != y[0] || x[1] == y[1]
          || gb.words().contains(swap.from()) && ga.words().contains(swap.to())) {
        continue;
      }
      String way = y[1] > x[1] ? "further along" : "back";
      out.change(ChangeKind.CERTAINTY_CHANGED, Severity.MAJOR, ga.text, gb.text, ga.sentences, gb.sentences, null,
          swap.from(), swap.to(), "\"" + swap.from() + "\" became \"" + swap.to() + "\": the copy moves them " + way
              + " than the source says");
    }
  }

  private StatusChanges() {}
}
