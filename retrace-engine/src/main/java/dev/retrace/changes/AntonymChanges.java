package dev.retrace.changes;

import dev.retrace.claims.WordSense;

/**
 * A word the copy replaced with its opposite ("rose" → "fell", "won" → "lost", "higher" → "lower"): the
 * claim now says the reverse without any negation word, which cue counting cannot see. Found as a one-word
 * swap in a word diff of the aligned texts, with WordNet's antonym relation deciding. A colour swapped for
 * another ("blue" → "white") describes another thing, without being an antonym: reported as the thing changed.
 */
final class AntonymChanges {
  static void detect(GroupClaims ga, GroupClaims gb, WordSwaps.Result diff, ChangeSink out) {
    for (WordSwaps.Swap swap : diff.swaps()) {
      String from = swap.from();
      String to = swap.to();
      // "exports" → "imports" next to a figure is already reported as what the figure counts
      if (from.length() > 2 && to.length() > 2 && WordSense.antonyms(from, to)
          && !out.reported(ChangeKind.CATEGORY_CHANGED, from, to)) {
        out.change(ChangeKind.NEGATION_CHANGED, Severity.MAJOR, ga.text, gb.text, ga.sentences, gb.sentences, null,
            from, to, "\"" + from + "\" became its opposite \"" + to + "\"");
      } else if (WordSense.colour(from) && WordSense.colour(to) && !WordSense.related(from, to)
          && !gb.words().contains(from)) {
        // "yellow and blue paint" → "yellow and white paint": a thing described otherwise. Shades ("red" →
        // "crimson") and spellings ("grey" → "gray") are WordNet neighbours and pass.
        out.change(ChangeKind.ENTITY_CHANGED, Severity.MAJOR, ga.text, gb.text, ga.sentences, gb.sentences, null,
            from, to, "the colour \"" + from + "\" became \"" + to + "\"");
      }
    }
  }

  private AntonymChanges() {}
}
