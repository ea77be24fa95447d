package dev.retrace.changes;

import dev.retrace.changes.GroupClaims.Located;
import dev.retrace.claims.Quotation;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks that words the copy puts in quote marks are words the source quoted (or at least printed). A
 * shortened quotation (a contiguous part of the source's) is faithful; reworded words kept inside quote
 * marks are not, because readers take quoted words as what the speaker said.
 */
final class QuoteChanges {
  /** Word overlap above which a copy quotation is taken as a version of a source quotation. */
  static final double SAME_QUOTE_OVERLAP = 0.3;

  static void detect(GroupClaims ga, GroupClaims gb, GroupClaims wholeA, ChangeSink out) {
    for (Located<Quotation> qb : gb.quotations) {
      String copyWords = GroupClaims.normalizeForSearch(qb.claim().text());
      if (copyWords.isEmpty()) {
        continue;
      }
      Located<Quotation> faithful = containing(wholeA, copyWords);
      if (faithful != null) {
        out.preserved("quotation", qb.claim().text(), null, faithful.sentence(), qb.sentence());
        continue;
      }
      Located<Quotation> closest = closest(ga, copyWords);
      if (closest == null) {
        closest = closest(wholeA, copyWords);
      }
      if (closest != null) {
        out.change(ChangeKind.QUOTE_ALTERED, Severity.MAJOR, closest.claim().text(), qb.claim().text(),
            List.of(closest.sentence()), List.of(qb.sentence()), null, closest.claim().text(), qb.claim().text(),
            "the quotation differs from the source's words");
      } else if (!wholeA.mentions(qb.claim().text()) && !ga.sentences.isEmpty()) {
        out.change(ChangeKind.QUOTE_ALTERED, Severity.MAJOR, ga.text, qb.claim().text(), ga.sentences,
            List.of(qb.sentence()), null, null, qb.claim().text(),
            "the source has no quotation with these words");
      }
    }
  }

  private static Located<Quotation> containing(GroupClaims g, String words) {
    for (Located<Quotation> qa : g.quotations) {
      String source = " " + GroupClaims.normalizeForSearch(qa.claim().text()) + " ";
      if (source.contains(" " + words + " ")) {
        return qa;
      }
    }
    return null;
  }

  private static Located<Quotation> closest(GroupClaims g, String words) {
    Set<String> copy = new HashSet<>(List.of(words.split(" ")));
    Located<Quotation> best = null;
    double bestOverlap = SAME_QUOTE_OVERLAP;
    for (Located<Quotation> qa : g.quotations) {
      Set<String> source = new HashSet<>(List.of(GroupClaims.normalizeForSearch(qa.claim().text()).split(" ")));
      Set<String> shared = new HashSet<>(copy);
      shared.retainAll(source);
      double overlap = (double) shared.size() / Math.min(copy.size(), source.size());
      if (overlap >= bestOverlap && shared.size() >= 2) {
        bestOverlap = overlap;
        best = qa;
      }
    }
    return best;
  }

  private QuoteChanges() {}
}
