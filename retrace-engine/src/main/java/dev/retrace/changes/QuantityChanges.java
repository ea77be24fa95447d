package dev.retrace.changes;

import dev.retrace.changes.GroupClaims.Located;
import dev.retrace.claims.Categories;
import dev.retrace.claims.Qualifier;
import dev.retrace.claims.Quantity;
import dev.retrace.claims.Units;
import dev.retrace.compare.ArticleAnalysis;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares figures. A copy's figure is matched to the source figure with the same value (in the group
 * first, then anywhere in the source, since rewrites move figures between sentences); then its bound and
 * its category are compared. A copy figure with no equal in the source is a changed number when the group
 * has an unmatched source figure about the same thing, and an unsupported figure otherwise.
 */
final class QuantityChanges {
  static void detect(ArticleAnalysis a, ArticleAnalysis b, GroupClaims ga, GroupClaims gb, GroupClaims wholeA,
      GroupClaims wholeB, ChangeSink out, Set<Quantity> matchedA) {
    List<Located<Quantity>> unmatchedB = new ArrayList<>();
    for (Located<Quantity> qb : gb.quantities) {
      // Same words around it, another number, and the old number gone from the copy's group: changed, even
      // when the new value matches another source figure ("100m and 200m" → "200m and 200m"; "$3,000
      // above" → "$4,000 above" while "4,000" cars sold is in another paragraph).
      Located<Quantity> slotted = sameSlot(a, b, ga, qb, matchedA, Set.of());
      if (slotted != null && find(gb, slotted.claim()) == null) {
        unmatchedB.add(qb);
        continue;
      }
      Located<Quantity> qa = find(ga, qb.claim());
      if (qa == null) {
        qa = find(wholeA, qb.claim());
      }
      if (qa == null) {
        Located<Quantity> rounded = roundedFrom(ga, qb.claim(), matchedA);
        if (rounded != null) {
          matchedA.add(rounded.claim());
          compareRounded(a, b, rounded, qb, out);
          continue;
        }
        unmatchedB.add(qb);
        continue;
      }
      matchedA.add(qa.claim());
      compareMatched(a, b, qa, qb, out);
    }
    Set<Quantity> usedA = new HashSet<>();
    for (Located<Quantity> qb : unmatchedB) {
      Located<Quantity> qa = sameSlot(a, b, ga, qb, matchedA, usedA);
      if (qa == null) {
        qa = counterpart(ga, wholeB, qb.claim(), matchedA, usedA);
      }
      Quantity y = qb.claim();
      String bSentence = b.sentences().get(qb.sentence()).text();
      if (qa != null) {
        usedA.add(qa.claim());
        matchedA.add(qa.claim());
        Quantity x = qa.claim();
        out.change(ChangeKind.NUMBER_CHANGED, Severity.MAJOR, a.sentences().get(qa.sentence()).text(), bSentence,
            List.of(qa.sentence()), List.of(qb.sentence()), x.number(), x.text(), y.text(),
            "\"" + x.text() + "\" became \"" + y.text() + "\"");
      } else if (!ga.sentences.isEmpty()) {
        out.change(ChangeKind.ADDED_UNSUPPORTED, Severity.MAJOR, ga.text, bSentence, ga.sentences,
            List.of(qb.sentence()), y.number(), null, y.text(),
            "the figure \"" + y.text() + "\" does not appear in the source");
      }
    }
  }

  private static void compareMatched(ArticleAnalysis a, ArticleAnalysis b, Located<Quantity> qa, Located<Quantity> qb,
      ChangeSink out) {
    Quantity x = qa.claim();
    Quantity y = qb.claim();
    String aSentence = a.sentences().get(qa.sentence()).text();
    String bSentence = b.sentences().get(qb.sentence()).text();
    boolean changed = false;
    if (x.qualifier().bound() != y.qualifier().bound()) {
      changed = true;
      out.change(ChangeKind.QUALIFIER_CHANGED, qualifierSeverity(x.qualifier(), y.qualifier()), aSentence, bSentence,
          List.of(qa.sentence()), List.of(qb.sentence()), x.number(), x.text(), y.text(),
          "\"" + x.text() + "\" became \"" + y.text() + "\"");
    }
    if (x.category() != null && y.category() != null && !Categories.compatible(x.category(), y.category())) {
      changed = true;
      out.change(ChangeKind.CATEGORY_CHANGED, Severity.MAJOR, aSentence, bSentence, List.of(qa.sentence()),
          List.of(qb.sentence()), x.number(), x.category(), y.category(),
          x.number() + ": the source counts " + x.category() + " (\"" + x.cue() + "\"), the copy "
              + y.category() + " (\"" + y.cue() + "\")");
    }
    if (!changed) {
      String[] swap = CountedNoun.swapped(aSentence, x, bSentence, y);
      if (swap != null) {
        changed = true;
        out.change(ChangeKind.CATEGORY_CHANGED, Severity.MAJOR, aSentence, bSentence, List.of(qa.sentence()),
            List.of(qb.sentence()), x.number(), swap[0], swap[1],
            x.number() + ": the source counts \"" + swap[0] + "\", the copy \"" + swap[1] + "\"");
      }
    }
    if (!changed) {
      out.preserved("quantity", y.text(), y.number(), qa.sentence(), qb.sentence());
    }
  }

  /** Largest relative difference a rounded figure may have from its source, when the copy says it is approximate. */
  static final double ROUNDING_LIMIT = 0.05;
  /** ... and when it does not: "259.7m" → "260m" is rounding, "77,000" → "80,000" without "about" is not. */
  static final double SILENT_ROUNDING_LIMIT = 0.01;

  /**
   * The source figure of the group that the copy's figure rounds ("up to 259.7m euros" → "about 260m euros";
   * "2,030 killed" → "about 2,000 killed"): same unit family, the copy's value within half a step of its own
   * last significant digit from the source's, the source more precise than that, and the two within
   * {@link #ROUNDING_LIMIT} of each other when the copy says "about" or "nearly", {@link #SILENT_ROUNDING_LIMIT}
   * otherwise. A figure moved further than its own precision allows ("eight" → "nine", "1.5 billion" → "two
   * billion") is a changed figure.
   */
  private static Located<Quantity> roundedFrom(GroupClaims ga, Quantity y, Set<Quantity> matchedA) {
    double step = writtenPrecision(y);
    if (step <= 0) {
      return null;
    }
    boolean approximate = y.qualifier().bound() == Qualifier.Bound.APPROXIMATE || y.qualifier() == Qualifier.NEARLY;
    // Without "about", only a figure written short is read as rounded ("260m", "1.2 mln"): a plain "170" in a
    // price table may be exact.
    if (!approximate && !scaled(y)) {
      return null;
    }
    double limit = approximate ? ROUNDING_LIMIT : SILENT_ROUNDING_LIMIT;
    for (Located<Quantity> qa : ga.quantities) {
      Quantity x = qa.claim();
      if (matchedA.contains(x) || x.upper() != null || y.upper() != null
          || !Objects.equals(Units.family(x.unit()), Units.family(y.unit()))) {
        continue;
      }
      double diff = Math.abs(x.value() - y.value());
      boolean moreExact = writtenPrecision(x) < step;
      if (moreExact && diff <= step / 2 && diff <= limit * Math.abs(x.value())) {
        return qa;
      }
    }
    return null;
  }

  private static final Pattern LEADING_DIGITS = Pattern.compile("[0-9][0-9,]*(?:\\.([0-9]+))?");

  /**
   * The place value of the last digit a figure is written with: "149.00" → 0.01, "259.7m" → 100,000, "260m" →
   * 10 million, "2,000" → 1,000, "two billion" → one billion.
   */
  static double writtenPrecision(Quantity q) {
    Matcher m = LEADING_DIGITS.matcher(q.number());
    if (!m.lookingAt()) {
      return precision(q.value());
    }
    double digits = Double.parseDouble(m.group().replace(",", ""));
    double scale = digits == 0 ? 1 : q.value() / digits;
    double step = m.group(1) != null ? Math.pow(10, -m.group(1).length()) : precision(digits);
    return step * scale;
  }

  /** True when the figure is written with a scale word or letter ("260m", "1.2 mln", "4.5bn"). */
  private static boolean scaled(Quantity q) {
    Matcher m = LEADING_DIGITS.matcher(q.number());
    return m.lookingAt() && Math.abs(q.value() - Double.parseDouble(m.group().replace(",", ""))) > 1e-9;
  }

  /** The place value of a number's last significant digit: 260 → 10, 259.7 → 0.1, 2,000 → 1,000, 0 → 0. */
  static double precision(double v) {
    double a = Math.abs(v);
    if (a == 0 || Double.isNaN(a) || Double.isInfinite(a)) {
      return 0;
    }
    double step = Math.pow(10, Math.floor(Math.log10(a)));
    for (int k = 0; k < 12; k++) {
      double r = a / step;
      if (Math.abs(r - Math.rint(r)) <= 1e-9 * Math.max(1, r)) {
        return step;
      }
      step /= 10;
    }
    return step;
  }

  /**
   * A copy's figure that rounds its source's: a qualifier change when the bound changed ("up to 259.7m" →
   * "about 260m"), else a minor note that precision was lost ("259.7m" → "260m"); never a changed number.
   */
  private static void compareRounded(ArticleAnalysis a, ArticleAnalysis b, Located<Quantity> qa, Located<Quantity> qb,
      ChangeSink out) {
    Quantity x = qa.claim();
    Quantity y = qb.claim();
    Qualifier.Bound bx = x.qualifier().bound();
    Qualifier.Bound by = y.qualifier().bound();
    Severity severity = bx == by || by == Qualifier.Bound.APPROXIMATE && bx == Qualifier.Bound.POINT ? Severity.MINOR
        : qualifierSeverity(x.qualifier(), y.qualifier());
    out.change(ChangeKind.QUALIFIER_CHANGED, severity, a.sentences().get(qa.sentence()).text(),
        b.sentences().get(qb.sentence()).text(), List.of(qa.sentence()), List.of(qb.sentence()), x.number(),
        x.text(), y.text(), "\"" + x.text() + "\" became \"" + y.text() + "\" (rounded)");
  }

  /** A lower bound turned into an upper bound (or an interval into a point) changes what a reader believes. */
  private static Severity qualifierSeverity(Qualifier x, Qualifier y) {
    Qualifier.Bound bx = x.bound();
    Qualifier.Bound by = y.bound();
    boolean opposite = (bx == Qualifier.Bound.LOWER && by == Qualifier.Bound.UPPER)
        || (bx == Qualifier.Bound.UPPER && by == Qualifier.Bound.LOWER)
        || bx == Qualifier.Bound.INTERVAL || by == Qualifier.Bound.INTERVAL;
    return opposite ? Severity.MAJOR : Severity.MINOR;
  }

  /**
   * The source figure in the same slot as the copy's new figure: its own words are the same, and so are the
   * three words before it or the three after it, only the number differs ("to more than 100 secondary pupils
   * from" → "to more than 200 secondary pupils from"). Such a figure was changed even when its old value
   * still occurs elsewhere in the copy. One side is enough because a rewrite may touch a word on the other
   * ("the 25-year-old also contested" → "the 11-year-old contested").
   */
  private static Located<Quantity> sameSlot(ArticleAnalysis a, ArticleAnalysis b, GroupClaims ga,
      Located<Quantity> qb, Set<Quantity> matchedA, Set<Quantity> usedA) {
    Slot slotB = slot(b.sentences().get(qb.sentence()).text(), qb.claim());
    for (Located<Quantity> qa : ga.quantities) {
      if (!matchedA.contains(qa.claim()) && !usedA.contains(qa.claim())
          && slotB.sameAs(slot(a.sentences().get(qa.sentence()).text(), qa.claim()))) {
        return qa;
      }
    }
    return null;
  }

  /** The slot of a figure: the words around it, and its own words with its number masked. */
  static Slot slot(String sentence, Quantity q) {
    int s = Math.max(0, Math.min(q.start(), sentence.length()));
    int e = Math.max(s, Math.min(q.end(), sentence.length()));
    String phrase = sentence.substring(s, e);
    int n = phrase.indexOf(q.number());
    String masked = n < 0 ? phrase.replaceAll("[0-9][0-9.,]*", "#")
        : phrase.substring(0, n) + "#" + phrase.substring(n + q.number().length());
    return Slot.around(sentence, s, e, masked, QuantityChanges::words);
  }

  private static List<String> words(String s) {
    String t = s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}%$£€]+", " ").strip();
    return t.isEmpty() ? List.of() : List.of(t.split(" "));
  }

  /**
   * The figure of {@code g} with the value of {@code q}: the one written the same way when there is one, else
   * one with the same bound, else the first. "number one and two oats at 1.55 to 1.66 dlrs ... malting barley at
   * 2.00 to 2.05 dlrs" holds 2 twice; the copy's "2.00 to 2.05 dlrs" is the range, not "two" oats.
   */
  private static Located<Quantity> find(GroupClaims g, Quantity q) {
    Located<Quantity> best = null;
    int bestScore = -1;
    for (Located<Quantity> c : g.quantities) {
      if (GroupClaims.sameValue(c.claim().value(), q.value())) {
        int score = (c.claim().text().equals(q.text()) ? 2 : 0)
            + (c.claim().qualifier().bound() == q.qualifier().bound() ? 1 : 0);
        if (score > bestScore) {
          best = c;
          bestScore = score;
        }
      }
    }
    return best;
  }

  /**
   * The source figure the copy's new figure most plausibly replaced: in the same group, not matched by
   * value, whose own value the copy does not state anywhere, and about the same thing (same category or
   * unit; or the only candidate left when neither names what it counts).
   */
  private static Located<Quantity> counterpart(GroupClaims ga, GroupClaims wholeB, Quantity y, Set<Quantity> matchedA,
      Set<Quantity> usedA) {
    List<Located<Quantity>> candidates = new ArrayList<>();
    for (Located<Quantity> qa : ga.quantities) {
      if (!matchedA.contains(qa.claim()) && !usedA.contains(qa.claim()) && find(wholeB, qa.claim()) == null) {
        candidates.add(qa);
      }
    }
    for (Located<Quantity> qa : candidates) {
      Quantity x = qa.claim();
      if (x.category() != null && y.category() != null && Categories.compatible(x.category(), y.category())) {
        return qa;
      }
      if (x.unit() != null && x.unit().equals(y.unit())) {
        return qa;
      }
    }
    // The one figure left is the one replaced only when neither says what it counts: "three" (judges) is no
    // counterpart of "£155bn".
    return candidates.size() == 1 && candidates.get(0).claim().unit() == null && y.unit() == null
        ? candidates.get(0) : null;
  }

  private QuantityChanges() {}
}
