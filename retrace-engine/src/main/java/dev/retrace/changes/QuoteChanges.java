package dev.retrace.changes;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import dev.retrace.changes.GroupClaims.Located;
import dev.retrace.claims.Lexicon;
import dev.retrace.claims.NegationDetector;
import dev.retrace.claims.Quotation;
import dev.retrace.claims.WordSense;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Checks that words the copy puts in quote marks are words the source quoted (or at least printed). A
 * shortened quotation (a contiguous part of the source's) is faithful; reworded words kept inside quote
 * marks are not, because readers take quoted words as what the speaker said. A quotation that differs only in
 * spelling ("wil" → "will", "acquisitions" → "acquistions") or in small words ("and the support" → "and on the
 * support") is still reported, as minor: the speaker's words are not quite the source's, but no reader is
 * misled about what was said.
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
        boolean small = onlySpellingOrSmallWords(GroupClaims.normalizeForSearch(closest.claim().text()), copyWords);
        out.change(ChangeKind.QUOTE_ALTERED, small ? Severity.MINOR : Severity.MAJOR, closest.claim().text(),
            qb.claim().text(), List.of(closest.sentence()), List.of(qb.sentence()), null, closest.claim().text(),
            qb.claim().text(), small ? "the quotation differs from the source's words only in spelling or small words"
                : "the quotation differs from the source's words");
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

  /**
   * The source quotation that the copy's quotation most plausibly rewords: the largest share of content words in
   * common (of the shorter one's), at least {@link #SAME_QUOTE_OVERLAP} and two words. Small words do not count: two
   * unrelated quotations share "the", "of" and "not".
   */
  private static Located<Quotation> closest(GroupClaims g, String words) {
    Set<String> copy = contentWords(words);
    Located<Quotation> best = null;
    double bestOverlap = SAME_QUOTE_OVERLAP;
    for (Located<Quotation> qa : g.quotations) {
      Set<String> source = contentWords(GroupClaims.normalizeForSearch(qa.claim().text()));
      Set<String> shared = new HashSet<>(copy);
      shared.retainAll(source);
      double overlap = shared.isEmpty() ? 0 : (double) shared.size() / Math.min(copy.size(), source.size());
      if (overlap >= bestOverlap && shared.size() >= 2) {
        bestOverlap = overlap;
        best = qa;
      }
    }
    return best;
  }

  /** Stemmed content words ("taxes" and "tax" meet), as the aligner's lexical evidence reads them. */
  private static Set<String> contentWords(String normalized) {
    return new HashSet<>(GroupClaims.TERMS.of(normalized));
  }

  private static final LevenshteinDistance SPELLING = new LevenshteinDistance(2);


  /**
   * True when every difference between two quotations' words (normalised, lower case) is a small word added,
   * dropped or swapped (a negation is not small), or a misspelling: one word for another at most two letters
   * apart, of three letters or more, one of which WordNet does not know ("wil" for "will"; "Iran" and "Iraq",
   * "Austria" and "Australia" are both words, so they differ in meaning, not spelling).
   */
  static boolean onlySpellingOrSmallWords(String source, String copy) {
    for (AbstractDelta<String> d : DiffUtils.diff(List.of(source.split(" ")), List.of(copy.split(" "))).getDeltas()) {
      List<String> from = d.getSource().getLines();
      List<String> to = d.getTarget().getLines();
      if (d.getType() == DeltaType.CHANGE && from.size() == 1 && to.size() == 1 && misspelling(from.get(0), to.get(0))) {
        continue;
      }
      if (!from.stream().allMatch(QuoteChanges::small) || !to.stream().allMatch(QuoteChanges::small)) {
        return false;
      }
    }
    return true;
  }

  /** A function word other than a negation, whose coming or going reverses a quotation ("t" is "n't" normalised). */
  private static boolean small(String w) {
    return Lexicon.isFunctionWord(w) && !NegationDetector.isCue(w) && !w.equals("t");
  }

  private static boolean misspelling(String x, String y) {
    return x.length() >= 3 && y.length() >= 3 && x.chars().allMatch(Character::isLetter)
        && y.chars().allMatch(Character::isLetter) && SPELLING.apply(x, y) >= 0
        && !(WordSense.known(x) && WordSense.known(y));
  }

  private QuoteChanges() {}
}
