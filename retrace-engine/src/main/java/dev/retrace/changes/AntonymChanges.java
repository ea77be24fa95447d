package dev.retrace.changes;

import dev.retrace.claims.NegationDetector;
import dev.retrace.claims.Trend;
import dev.retrace.claims.Valence;
import dev.retrace.claims.WordSense;

/**
 * A word the copy replaced with its opposite ("rose" → "fell", "won" → "lost", "higher" → "lower", "increased"
 * → "declined"): the claim now says the reverse without any negation word, which cue counting cannot see. Found
 * as a one-word swap in a word diff of the aligned texts, with WordNet's antonym relation, the two directions
 * a figure can move ({@link Trend}), or a clearly good word for a clearly bad one ({@link Valence}: "the troubled
 * start-up" → "the triumphant start-up") deciding. Opposites that only changed places are not a reversal.
 */
final class AntonymChanges {
  static void detect(GroupClaims ga, GroupClaims gb, WordSwaps.Result diff, ChangeSink out) {
    for (WordSwaps.Swap swap : diff.swaps()) {
      String from = swap.from();
      String to = swap.to();
      if (movedAcross(from, to, ga, gb)) {
        continue;
      }
      // "exports" → "imports" next to a figure is already reported as what the figure counts
      if (from.length() <= 2 || to.length() <= 2 || out.reported(ChangeKind.CATEGORY_CHANGED, from, to)) {
        continue;
      }
      // "not able" → "unable", "failed to" → "succeeded in": negation counting reads "unable" and "fail", so
      // it alone decides whether the claim was reversed
      if (NegationDetector.counted(from) || NegationDetector.counted(to)) {
        continue;
      }
      // "first round" → "second round" is a changed figure (OrdinalChanges), not a reversal
      if (OrdinalChanges.isOrdinal(from) && OrdinalChanges.isOrdinal(to)) {
        continue;
      }
      if (WordSense.antonyms(from, to) || Trend.opposite(from, to)) {
        out.change(ChangeKind.NEGATION_CHANGED, Severity.MAJOR, ga.text, gb.text, ga.sentences, gb.sentences, null,
            from, to, "\"" + from + "\" became its opposite \"" + to + "\"");
      } else if (Valence.opposite(from, to) && !gb.words().contains(from) && !ga.words().contains(to)) {
        out.change(ChangeKind.NEGATION_CHANGED, Severity.MAJOR, ga.text, gb.text, ga.sentences, gb.sentences, null,
            from, to, "\"" + from + "\" became \"" + to + "\", a word of the opposite sense");
      }
    }
  }

  /**
   * True when the pair of opposites only changed places: the copy still says the source's word (or another word
   * of its direction) and the source already says the copy's. "Below 50 suggests contraction, above it
   * expansion" → "Above 50 suggests growth, below it contraction" holds the same claims in the other order.
   */
  private static boolean movedAcross(String from, String to, GroupClaims ga, GroupClaims gb) {
    return says(gb, from) && says(ga, to);
  }

  private static boolean says(GroupClaims g, String word) {
    Trend direction = Trend.of(word);
    return g.words().contains(word) || direction != null && g.words().stream().anyMatch(w -> Trend.of(w) == direction);
  }

  private AntonymChanges() {}
}
