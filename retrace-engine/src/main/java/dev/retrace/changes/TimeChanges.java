package dev.retrace.changes;

import dev.retrace.changes.GroupClaims.Located;
import dev.retrace.claims.TimeExpression;
import dev.retrace.claims.TimeExpression.Kind;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares dates and periods. A specific source date that the copy's group does not carry, while the
 * copy's group carries a time the source never states, was changed; a specific date replaced by a
 * relative one ("November 11" → "earlier this month") is a minor change, one date replaced by another a
 * major one.
 */
final class TimeChanges {
  static void detect(GroupClaims ga, GroupClaims gb, GroupClaims wholeA, ChangeSink out) {
    for (Located<TimeExpression> ta : ga.times) {
      if (!specific(ta.claim().kind())) {
        continue;
      }
      Located<TimeExpression> same = find(gb, ta.claim().normalized());
      if (same != null) {
        out.preserved("time", same.claim().text(), null, ta.sentence(), same.sentence());
        continue;
      }
      Located<TimeExpression> replacement = null;
      for (Located<TimeExpression> tb : gb.times) {
        if (find(wholeA, tb.claim().normalized()) == null && comparable(ta.claim().kind(), tb.claim().kind())
            && !lengthCounterpart(ga, tb.claim())) {
          replacement = tb;
          break;
        }
      }
      if (replacement != null) {
        boolean bothSpecific = specific(replacement.claim().kind());
        out.change(ChangeKind.TIME_CHANGED, bothSpecific ? Severity.MAJOR : Severity.MINOR, ga.text, gb.text,
            List.of(ta.sentence()), List.of(replacement.sentence()), null, ta.claim().text(),
            replacement.claim().text(), "\"" + ta.claim().text() + "\" became \"" + replacement.claim().text() + "\"");
      }
    }
  }

  /**
   * The same change when the two times sit in sentences that are not aligned with each other: "The vote is due
   * to be taken on Wednesday" is dropped while the copy's lead says the parliament "will decide on Thursday". The
   * copy's day, date, month or year is one the source never gives, and the source gives exactly one of the same
   * kind that the copy never gives: that one was replaced.
   */
  static void unpaired(GroupClaims gb, GroupClaims wholeA, GroupClaims wholeB, ChangeSink out) {
    for (Located<TimeExpression> tb : gb.times) {
      Kind kind = tb.claim().kind();
      if (!specific(kind) || find(wholeA, tb.claim().normalized()) != null) {
        continue;
      }
      List<Located<TimeExpression>> candidates = wholeA.times.stream()
          .filter(ta -> ta.claim().kind() == kind && find(wholeB, ta.claim().normalized()) == null)
          .map(ta -> ta.claim().normalized()).distinct()
          .map(n -> find(wholeA, n)).toList();
      if (candidates.size() != 1) {
        continue;
      }
      Located<TimeExpression> ta = candidates.get(0);
      if (out.reportedTo(tb.claim().text())) {
        continue;
      }
      out.change(ChangeKind.TIME_CHANGED, Severity.MAJOR, wholeA.sentenceText(ta.sentence()),
          gb.sentenceText(tb.sentence()), List.of(ta.sentence()), List.of(tb.sentence()), null, ta.claim().text(),
          tb.claim().text(), "\"" + ta.claim().text() + "\" became \"" + tb.claim().text() + "\"");
    }
  }

  /** A normalised length ("P52D", "PT3H"), possibly anchored ("P70D before"): prefix, amount, unit, anchor. */
  private static final Pattern DURATION = Pattern.compile("(PT?)([0-9.]+)([A-Z])(.*)");

  /**
   * A period whose length changed in the same unit ("processed in 52 days" → "in 78 days", "70 days
   * before" → "53 days before") is a changed figure, not a vaguer time: the copy states another amount. One in
   * another unit of another length ("10 years" → "10 months", "a one-year anniversary" → "a one-month
   * anniversary") is a changed time; "two weeks" and "14 days", or "a year" and "12 months", are one length and
   * no change. The copy's length must be one the source never states, so a period moved from another sentence
   * is not taken for a change.
   */
  static void durations(GroupClaims ga, GroupClaims gb, GroupClaims wholeA, ChangeSink out) {
    for (Located<TimeExpression> ta : ga.times) {
      Matcher x = DURATION.matcher(ta.claim().normalized());
      if (!lengthKind(ta.claim().kind()) || !x.matches() || find(gb, ta.claim().normalized()) != null) {
        continue;
      }
      for (Located<TimeExpression> tb : gb.times) {
        Matcher[] m = lengths(ta.claim(), tb.claim());
        // A length the source gives elsewhere ("its five-year plan") may be the one the copy moved here, unless the
        // two stand in one slot: "over the past 10 years" → "over the past 5 years".
        if (m == null || find(wholeA, tb.claim().normalized()) != null && !sameSlot(ga, ta, gb, tb)) {
          continue;
        }
        boolean sameUnit = sameUnit(m);
        if (!sameUnit && !otherLength(m)) {
          continue;
        }
        String became = "\"" + ta.claim().text() + "\" became \"" + tb.claim().text() + "\"";
        out.change(sameUnit ? ChangeKind.NUMBER_CHANGED : ChangeKind.TIME_CHANGED, Severity.MAJOR,
            ga.sentenceText(ta.sentence()), gb.sentenceText(tb.sentence()), List.of(ta.sentence()),
            List.of(tb.sentence()), sameUnit ? x.group(2) : null, ta.claim().text(), tb.claim().text(),
            sameUnit ? became : became + ", another length of time");
        break;
      }
    }
  }

  /**
   * The normalised lengths of two periods or relative times of one kind with the same anchor ("P35Y ago" and
   * "P32M ago"), matched by {@link #DURATION}; null for any other two times.
   */
  private static Matcher[] lengths(TimeExpression x, TimeExpression y) {
    if (x.kind() != y.kind() || !lengthKind(x.kind())) {
      return null;
    }
    Matcher mx = DURATION.matcher(x.normalized());
    Matcher my = DURATION.matcher(y.normalized());
    return mx.matches() && my.matches() && mx.group(4).equals(my.group(4)) ? new Matcher[] {mx, my} : null;
  }

  /** Two {@link #lengths} in the same unit (prefix and unit letter). */
  private static boolean sameUnit(Matcher[] m) {
    return m[0].group(1).equals(m[1].group(1)) && m[0].group(3).equals(m[1].group(3));
  }

  /** Two {@link #lengths} more than 5% apart once both are in seconds (0 when a unit is unknown: no answer). */
  private static boolean otherLength(Matcher[] m) {
    double sx = seconds(m[0]);
    double sy = seconds(m[1]);
    return sx > 0 && sy > 0 && Math.abs(sx - sy) > 0.05 * Math.max(sx, sy);
  }

  /** A normalised length in seconds (months and years at their mean lengths), or 0 for an unknown unit. */
  private static double seconds(Matcher length) {
    double amount;
    try {
      amount = Double.parseDouble(length.group(2));
    } catch (NumberFormatException e) {
      return 0;
    }
    boolean clock = length.group(1).equals("PT");
    double unit = switch (length.group(3)) {
      case "Y" -> clock ? 0 : 365.25 * 86400;
      case "M" -> clock ? 60 : 30.44 * 86400;
      case "W" -> clock ? 0 : 7 * 86400;
      case "D" -> clock ? 0 : 86400;
      case "H" -> clock ? 3600 : 0;
      case "S" -> clock ? 1 : 0;
      default -> 0;
    };
    return amount * unit;
  }

  /**
   * True when the copy's time is a period of the same unit and anchor as one of the source's ("32 years ago"
   * for "35 years ago"): it is that period with another figure ({@link #durations}), not what became of a
   * date the copy dropped ("on Thursday").
   */
  private static boolean lengthCounterpart(GroupClaims ga, TimeExpression copy) {
    return ga.times.stream().anyMatch(ta -> sameLength(ta.claim(), copy));
  }

  /**
   * Two periods or relative times of one kind, both normalised lengths with the same prefix, unit and anchor
   * ("P35Y ago" and "P32Y ago"): the same period, whatever its amount.
   */
  private static boolean sameLength(TimeExpression x, TimeExpression y) {
    Matcher[] m = lengths(x, y);
    return m != null && sameUnit(m);
  }

  private static boolean lengthKind(Kind kind) {
    return kind == Kind.PERIOD || kind == Kind.RELATIVE;
  }

  /** Dates, weekdays, months and years pin an event down; relative times and periods do not. */
  static boolean specific(Kind kind) {
    return kind == Kind.DATE || kind == Kind.DAY_OF_WEEK || kind == Kind.MONTH || kind == Kind.YEAR;
  }

  /** A period ("in one day") does not replace a date; a relative time ("earlier this month") can. */
  private static boolean comparable(Kind source, Kind copy) {
    return copy != Kind.PERIOD;
  }

  /** True when the three words right before two times, or right after them, are the same ({@link Slot}). */
  private static boolean sameSlot(GroupClaims ga, Located<TimeExpression> ta, GroupClaims gb,
      Located<TimeExpression> tb) {
    return Slot.around(ga.sentenceText(ta.sentence()), ta.claim().start(), ta.claim().end(), "", WordSwaps::words)
        .sameContext(Slot.around(gb.sentenceText(tb.sentence()), tb.claim().start(), tb.claim().end(), "",
            WordSwaps::words));
  }

  private static Located<TimeExpression> find(GroupClaims g, String normalized) {
    for (Located<TimeExpression> t : g.times) {
      if (t.claim().normalized().equals(normalized)) {
        return t;
      }
    }
    return null;
  }

  private TimeChanges() {}
}
