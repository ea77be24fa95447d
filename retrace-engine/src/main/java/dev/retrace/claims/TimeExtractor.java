package dev.retrace.claims;

import dev.retrace.claims.TimeExpression.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds dates, weekdays, months, years, relative times and periods, and gives each a normalised key:
 * "11-11" (month-day), "2024-11-11", "11-28/11-29" (a range of days), "2022-02" (month of a year),
 * "february" (a month alone), "2022", "friday", "P1D" (a one-day period: "in a single day" = "in just
 * one day" = "in one day" = "a day"), "P2D", "PT24H"; relative expressions keep their lower-cased
 * words ("earlier this month", "since the start of the war"), an offset reads "P1D after".
 *
 * <p>Marks the tokens it uses in {@code used}, so that the quantity extractor does not read the day in
 * "November 28" or the year in "February 2022" as figures. Stateless and thread-safe.
 */
public final class TimeExtractor {
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern ORDINAL = Pattern.compile("(\\d{1,2})(st|nd|rd|th)");
  private static final Pattern DECADE = Pattern.compile("(1[89]|20)\\d0s");

  private static final Set<String> RANGE_WORDS = Lexicon.set("and - to through until till");
  private static final Set<String> MONTH_CONTEXT = Lexicon.set("""
      in since until till by from of early late mid last next this before after during through to
      between - end beginning start""");
  private static final Set<String> YEAR_PREPS = Lexicon.set("""
      in since by until till from of during before after through throughout early late mid around
      between""");
  private static final Set<String> PART_OF_DAY = Lexicon.set("morning afternoon evening night");
  private static final Set<String> ANCHORS = Lexicon.set("this last next past previous coming current");
  private static final Set<String> ANCHORED_UNITS = Lexicon.set("""
      week month year weekend morning afternoon evening night spring summer autumn fall winter decade
      quarter century""");
  private static final Set<String> SEASONS = Lexicon.set("winter summer spring autumn");
  private static final Set<String> ONE_WORD = Lexicon.set("yesterday today tonight tomorrow overnight");
  private static final Set<String> PERIOD_PREPS = Lexicon.set("in over within during for across throughout");
  private static final Set<String> START_NOUNS = Lexicon.set("start beginning outbreak onset launch");
  private static final Set<String> BEGAN = Lexicon.set("began begun started erupted");
  private static final Map<String, String> ADJECTIVE_PERIODS = Map.of(
      "daily", "P1D", "weekly", "P1W", "monthly", "P1M", "yearly", "P1Y", "annual", "P1Y", "annually", "P1Y",
      "overnight", "P1D");
  private static final Set<String> STARTERS = Lexicon.set("""
      between from the in over within during for across throughout per each every a an earlier later
      early late this last next past previous coming current so since recent yesterday today tonight
      tomorrow single several few some""");
  private static final String[] MONTH_NAMES = {"january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december"};

  private record Match(Kind kind, String normalized, int from, int to) {}

  public List<TimeExpression> extract(Words w, boolean[] used) {
    List<TimeExpression> out = new ArrayList<>();
    int i = 0;
    while (i < w.size()) {
      Match m = used[i] ? null : match(w, i);
      if (m == null) {
        i++;
        continue;
      }
      for (int k = m.from; k < m.to; k++) {
        used[k] = true;
      }
      out.add(new TimeExpression(w.span(m.from, m.to), m.kind, m.normalized, w.start(m.from), w.end(m.to - 1)));
      i = m.to;
    }
    return out;
  }

  /** Whether a time expression can begin at token i: a cheap filter before the matchers. */
  private static boolean canStart(Words w, int i) {
    String l = w.low(i);
    return w.digit(i) || w.cap(i) || STARTERS.contains(l) || Numbers.WORDS.containsKey(l) || unit(l) != null
        || ADJECTIVE_PERIODS.containsKey(l);
  }

  private Match match(Words w, int i) {
    if (!canStart(w, i)) {
      return null;
    }
    Match m = iso(w, i);
    if (m == null) {
      m = monthFirst(w, i);
    }
    if (m == null) {
      m = dayFirst(w, i);
    }
    if (m == null) {
      m = weekday(w, i);
    }
    if (m == null) {
      m = relative(w, i);
    }
    if (m == null) {
      m = period(w, i);
    }
    if (m == null) {
      m = year(w, i);
    }
    return m;
  }

  // ------------------------------------------------------------------ dates

  private static Match iso(Words w, int i) {
    if (w.low(i).length() != 10 || !w.digit(i)) {
      return null;
    }
    var m = ISO.matcher(w.low(i));
    if (!m.matches()) {
      return null;
    }
    int mo = Integer.parseInt(m.group(2));
    int d = Integer.parseInt(m.group(3));
    return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 ? new Match(Kind.DATE, w.low(i), i, i + 1) : null;
  }

  /** Month number at token i when it is a capitalised month name used as a month, else 0. */
  static int month(Words w, int i) {
    Integer m = Lexicon.MONTHS.get(w.low(i));
    if (m == null || !w.cap(i)) {
      return 0;
    }
    String l = w.low(i);
    if (l.equals("may") || l.equals("march") || l.equals("jan") || l.equals("oct") || l.equals("sept")) {
      boolean next = day(w, i + 1) > 0 || yearToken(w, i + 1) || spelledDay(w, i + 1) != null;
      boolean prev = MONTH_CONTEXT.contains(w.low(i - 1)) || day(w, i - 1) > 0;
      if (!next && !prev) {
        return 0;
      }
    }
    return m;
  }

  /** Day of month at token i ("28", "28th"), else 0. */
  static int day(Words w, int i) {
    String l = w.low(i);
    if (l.isEmpty() || l.length() > 4 || !Character.isDigit(l.charAt(0))) {
      return 0;
    }
    var o = ORDINAL.matcher(l);
    String digits = o.matches() ? o.group(1) : l;
    if (digits.length() > 2 || !Numbers.plainInteger(digits)) {
      return 0;
    }
    int d = Integer.parseInt(digits);
    return d >= 1 && d <= 31 ? d : 0;
  }

  /** Years a count is rarely confused with: "report 2004 results" (but "2000 troops" stays a count). */
  private static boolean recentYear(String l) {
    int y = Integer.parseInt(l);
    return y >= 1950 && y <= 2035;
  }

  private static boolean yearToken(Words w, int i) {
    String l = w.low(i);
    if (l.length() != 4 || !Numbers.plainInteger(l)) {
      return false;
    }
    int y = Integer.parseInt(l);
    return y >= 1800 && y <= 2100;
  }

  private static String md(int month, int day) {
    return String.format("%02d-%02d", month, day);
  }

  /**
   * A day of the month in words after a month name, as wire copy writes it ("on April one", "until March Nine",
   * "Record July Seven"): {day, index after it}, or null. Only when what follows cannot be what the number
   * counts (the end, punctuation, a year, a capitalised word, or "this", "through", "until", "at"): "in April
   * one person died", "in March two more" and "in May two to three" are counts.
   */
  private static int[] spelledDay(Words w, int i) {
    Numbers.Num n = w.word(i) ? Numbers.at(w, i, false) : null; // words only: digit days are read by day()
    if (n == null || !n.spelled() || n.scaled() || w.is(i, "dozen") || n.value() < 1 || n.value() > 31
        || n.value() != Math.rint(n.value())) {
      return null;
    }
    int end = n.to();
    boolean boundary = end >= w.size() || w.punct(end) || yearToken(w, end) || w.cap(end)
        || AFTER_SPELLED_DAY.contains(w.low(end));
    return boundary ? new int[] {(int) n.value(), end} : null;
  }

  /** Words that follow a date, never a count ("April one this year", "March Nine at 1800 EST"). */
  private static final Set<String> AFTER_SPELLED_DAY = Lexicon.set("this through until at");

  private static String withYear(String year, String monthDay) {
    return year == null ? monthDay : year + "-" + monthDay;
  }

  /** "November 11", "Nov. 11, 2024", "November 28 and 29", "between November 28 and December 2", "February 2022", "March". */
  private static Match monthFirst(Words w, int i) {
    int p = i;
    boolean prefixed = false;
    if ((w.is(i, "between") || w.is(i, "from")) && month(w, i + 1) > 0) {
      p = i + 1;
      prefixed = true;
    }
    int mo = month(w, p);
    if (mo == 0) {
      return null;
    }
    int d1 = day(w, p + 1);
    int end = p + 2;
    if (d1 == 0) {
      int[] spelled = spelledDay(w, p + 1);
      if (spelled != null) {
        d1 = spelled[0];
        end = spelled[1];
      }
    }
    if (d1 > 0 && !w.is(end, ":")) {
      int mo2 = 0;
      int d2 = 0;
      if (RANGE_WORDS.contains(w.low(end))) {
        if (day(w, end + 1) > d1 && month(w, end + 2) == 0) {
          mo2 = mo;
          d2 = day(w, end + 1);
          end += 2;
        } else if (month(w, end + 1) > 0 && day(w, end + 2) > 0) {
          mo2 = month(w, end + 1);
          d2 = day(w, end + 2);
          end += 3;
        }
      }
      String year = null;
      int y = w.is(end, ",") ? end + 1 : end;
      if (yearToken(w, y)) {
        year = w.low(y);
        end = y + 1;
      }
      int from = prefixed && d2 > 0 ? i : p;
      String norm = withYear(year, md(mo, d1));
      if (d2 > 0) {
        norm += "/" + withYear(year, md(mo2, d2));
      }
      return new Match(Kind.DATE, norm, from, end);
    }
    if (yearToken(w, p + 1)) {
      return new Match(Kind.MONTH, w.low(p + 1) + String.format("-%02d", mo), p, p + 2);
    }
    return new Match(Kind.MONTH, MONTH_NAMES[mo - 1], p, p + 1);
  }

  /** "11 November 2024", "28 and 29 November", "the 11th of November". */
  private static Match dayFirst(Words w, int i) {
    int p = i;
    boolean prefixed = false;
    if ((w.is(i, "between") || w.is(i, "from")) && day(w, i + 1) > 0) {
      p = i + 1;
      prefixed = true;
    }
    int d1 = day(w, p);
    if (d1 == 0) {
      if (w.is(i, "the") && day(w, i + 1) > 0 && w.is(i + 2, "of") && month(w, i + 3) > 0) {
        int end = i + 4;
        String year = yearToken(w, end) ? w.low(end) : null;
        return new Match(Kind.DATE, withYear(year, md(month(w, i + 3), day(w, i + 1))), i, year == null ? end : end + 1);
      }
      return null;
    }
    int mo;
    int d2 = 0;
    int end;
    if (month(w, p + 1) > 0) {
      mo = month(w, p + 1);
      end = p + 2;
    } else if (RANGE_WORDS.contains(w.low(p + 1)) && day(w, p + 2) > d1 && month(w, p + 3) > 0) {
      mo = month(w, p + 3);
      d2 = day(w, p + 2);
      end = p + 4;
    } else {
      return null;
    }
    String year = null;
    if (yearToken(w, end)) {
      year = w.low(end);
      end++;
    }
    String norm = withYear(year, md(mo, d1));
    if (d2 > 0) {
      norm += "/" + withYear(year, md(mo, d2));
    }
    return new Match(Kind.DATE, norm, prefixed && d2 > 0 ? i : p, end);
  }

  private static Match weekday(Words w, int i) {
    String d = Lexicon.WEEKDAYS.get(w.low(i));
    if (d == null || !w.cap(i)) {
      return null;
    }
    int end = PART_OF_DAY.contains(w.low(i + 1)) ? i + 2 : i + 1;
    return new Match(Kind.DAY_OF_WEEK, d, i, end);
  }

  // ------------------------------------------------------------------ relative

  private static Match relative(Words w, int i) {
    String l = w.low(i);
    if (ONE_WORD.contains(l) && !l.equals("overnight")) {
      return rel(w, i, i + 1);
    }
    if (l.equals("so") && w.is(i + 1, "far")) {
      return rel(w, i, i + 2);
    }
    if ((l.equals("last") || l.equals("next")) && w.is(i + 1, "night")) {
      return rel(w, i, i + 2);
    }
    // earlier this month / later this year / this week / the past week / last year
    int p = i;
    if (l.equals("earlier") || l.equals("later") || l.equals("early") || l.equals("late")) {
      p = i + 1;
    } else if (l.equals("the") && (w.is(i + 1, "past") || w.is(i + 1, "previous") || w.is(i + 1, "coming")
        || w.is(i + 1, "following") || w.is(i + 1, "next") || w.is(i + 1, "same"))) {
      p = i + 1;
    }
    if ((ANCHORS.contains(w.low(p)) || p > i && (w.is(p, "following") || w.is(p, "same")))
        && (ANCHORED_UNITS.contains(w.low(p + 1)) || w.is(p + 1, "day")
        || p > i && w.is(i, "the") && unit(w.low(p + 1)) != null)) {
      if (w.is(p + 1, "day") && !(p > i)) {
        return null; // "this day", "last day": not a reference point
      }
      return rel(w, i, p + 2);
    }
    // in recent weeks
    if (l.equals("recent") && w.is(i - 1, "in") && unit(w.low(i + 1)) != null) {
      return rel(w, i - 1, i + 2);
    }
    // the winter, this summer, in the winter
    if (l.equals("the") && SEASONS.contains(w.low(i + 1))) {
      return new Match(Kind.RELATIVE, w.low(i + 1), i, i + 2);
    }
    // since the start of the war; since the full-scale invasion began
    if (l.equals("since") && w.is(i + 1, "the")) {
      if (START_NOUNS.contains(w.low(i + 2)) && w.is(i + 3, "of")) {
        int end = i + 4;
        if (w.is(end, "the") || w.is(end, "this") || w.is(end, "last")) {
          end++;
        }
        int k = end;
        while (k < end + 3 && w.word(k) && !Lexicon.isFunctionWord(w.low(k)) && !w.clitic(k)) {
          k++;
        }
        if (k > end) {
          return rel(w, i, k);
        }
      }
      for (int k = i + 2; k < Math.min(w.size(), i + 8); k++) {
        if (BEGAN.contains(w.low(k)) || w.is(k, "broke") && w.is(k + 1, "out")) {
          return rel(w, i, w.is(k, "broke") ? k + 2 : k + 1);
        }
        if (!(w.word(k) || w.dash(k)) || Lexicon.isFunctionWord(w.low(k))) {
          break;
        }
      }
    }
    // two days ago, weeks ago, a day earlier, one day after
    Numbers.Num n = Numbers.at(w, i, false);
    int u = n != null && n.to() > i ? n.to() : i;
    if (n == null && (l.equals("a") || l.equals("several") || l.equals("few") || l.equals("some"))) {
      u = i + 1;
    }
    String un = unit(w.low(u));
    if (un != null) {
      String next = w.low(u + 1);
      if (next.equals("ago")) {
        // With a figure the length is normalised like "a day earlier" ("two days ago" -> "P2D ago"), so a copy
        // that says "32 years ago" for the source's "35 years ago" changed a figure; "weeks ago" stays as written.
        double v = n != null ? n.value() : l.equals("a") ? 1 : -1;
        return v > 0 ? new Match(Kind.RELATIVE, duration(v, un) + " ago", i, u + 2) : rel(w, i, u + 2);
      }
      if (next.equals("earlier") || next.equals("later") || next.equals("before") || next.equals("after")) {
        double v = n != null ? n.value() : l.equals("a") ? 1 : -1;
        if (v > 0) {
          String dir = next.equals("earlier") || next.equals("before") ? "before" : "after";
          return new Match(Kind.RELATIVE, duration(v, un) + " " + dir, i, u + 2);
        }
      }
    }
    return null;
  }

  private static Match rel(Words w, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k == from && (w.is(k, "the") || w.is(k, "in"))) {
        continue;
      }
      if (sb.length() > 0 && !w.glued(k)) {
        sb.append(' ');
      }
      sb.append(w.low(k));
    }
    return new Match(Kind.RELATIVE, sb.toString(), from, to);
  }

  // ------------------------------------------------------------------ periods

  /** ISO-8601 designator for a time unit word, else null. */
  private static String unit(String l) {
    return switch (l) {
      case "day", "days", "night", "nights" -> "D";
      case "week", "weeks" -> "W";
      case "month", "months" -> "M";
      case "year", "years" -> "Y";
      case "decade", "decades" -> "0Y";
      case "hour", "hours" -> "H";
      case "minute", "minutes" -> "MIN";
      default -> null;
    };
  }

  private static String duration(double v, String unit) {
    return switch (unit) {
      case "H" -> "PT" + Numbers.format(v) + "H";
      case "MIN" -> "PT" + Numbers.format(v) + "M";
      case "0Y" -> "P" + Numbers.format(v * 10) + "Y";
      default -> "P" + Numbers.format(v) + unit;
    };
  }

  /** Possessives that stand for "the" in a period after a preposition: "in its first week". */
  private static final Set<String> POSSESSIVES = Set.of("its", "their", "his", "her", "our", "my", "your");

  private static Match period(Words w, int i) {
    String l = w.low(i);
    String adj = ADJECTIVE_PERIODS.get(l);
    if (adj != null) {
      return new Match(Kind.PERIOD, adj, i, i + 1);
    }
    // week-long, day-long
    if (unit(l) != null && w.dash(i + 1) && w.glued(i + 1) && w.is(i + 2, "long")) {
      return new Match(Kind.PERIOD, duration(1, unit(l)), i, i + 3);
    }
    // per day / each day / every day / a day (after a figure)
    if ((l.equals("per") || l.equals("each") || l.equals("every") || l.equals("a") && figureBefore(w, i))
        && unit(w.low(i + 1)) != null && !w.low(i + 1).endsWith("s")) {
      return new Match(Kind.PERIOD, duration(1, unit(w.low(i + 1))), i, i + 2);
    }
    int p = i;
    boolean prep = PERIOD_PREPS.contains(l);
    if (prep) {
      p++;
    }
    if (prep && (w.is(p, "just") || w.is(p, "only"))) {
      p++;
    }
    boolean the = false;
    if (w.is(p, "the") || prep && POSSESSIVES.contains(w.low(p))) {
      p++;
      the = true;
    }
    boolean first = the && w.is(p, "first");
    if (the && (w.is(p, "past") || w.is(p, "last") || w.is(p, "next") || w.is(p, "first") || w.is(p, "previous"))) {
      p++;
    }
    double value;
    int u;
    if (first && prep && unit(w.low(p)) != null && !w.low(p).endsWith("s")) {
      // "in its first week", "during the first year": one unit, the figure left unsaid ("the past week" is a
      // time relative to now, read elsewhere)
      value = 1;
      u = p;
    } else if (w.is(p, "a") && w.is(p + 1, "single") || w.is(p, "one") && w.is(p + 1, "single")) {
      value = 1;
      u = p + 2;
    } else if (w.is(p, "single")) {
      value = 1;
      u = p + 1;
    } else if (w.is(p, "a") || w.is(p, "an")) {
      if (!prep) {
        return null; // "a day" without "in"/"per" only after a figure (above)
      }
      value = 1;
      u = p + 1;
    } else {
      Numbers.Num n = Numbers.at(w, p, false);
      if (n == null || n.scaled() || n.value() <= 0) {
        return null;
      }
      value = n.value();
      u = n.to();
    }
    boolean hyphen = w.dash(u) && w.glued(u) && w.glued(u + 1);
    int unitTok = hyphen ? u + 1 : u;
    String un = unit(w.low(unitTok));
    if (un == null) {
      return null;
    }
    // "45-year-old", "five years old": an age, not a period
    if (w.is(unitTok + 1, "old") || w.dash(unitTok + 1) && w.is(unitTok + 2, "old")) {
      return null;
    }
    if (hyphen && !prep && p == i && w.dash(unitTok + 1) && w.is(unitTok + 2, "long")) {
      return new Match(Kind.PERIOD, duration(value, un), i, unitTok + 3);
    }
    int end = unitTok + 1;
    if (w.seq(end, "in", "a", "row")) {
      end += 3;
    }
    return new Match(Kind.PERIOD, duration(value, un), i, end);
  }

  /** A figure within the four tokens before i ("1,000 people a day"). */
  private static boolean figureBefore(Words w, int i) {
    for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
      if (w.number(k) != null || Numbers.WORDS.containsKey(w.low(k))) {
        return true;
      }
      if (w.clauseBreak(k)) {
        return false;
      }
    }
    return false;
  }

  // ------------------------------------------------------------------ years

  private static Match year(Words w, int i) {
    String l = w.low(i);
    if (!w.digit(i)) {
      return null;
    }
    if (DECADE.matcher(l).matches()) {
      return new Match(Kind.YEAR, l, i, i + 1);
    }
    if (!yearToken(w, i)) {
      return null;
    }
    if (l.endsWith("0") && w.is(i + 1, "s") && w.glued(i + 1)) {
      return new Match(Kind.YEAR, l + "s", i, i + 2); // "1990s" split by Words
    }
    String prev = w.low(i - 1);
    boolean isYear = YEAR_PREPS.contains(prev)
        || w.punct(i + 1) && !w.dash(i + 1) || i + 1 >= w.size() || w.clitic(i + 1)
        || prev.equals("the") && w.word(i + 1) && !w.cap(i + 1) && !Units.isPerson(w.low(i + 1))
        && Units.measureAt(w, i + 1) == null
        || (prev.equals("to") || prev.equals("and") || prev.equals("-")) && yearToken(w, i - 2)
        || recentYear(l) && w.word(i + 1) && !w.cap(i + 1) && !Units.isPersonLike(w.low(i + 1))
        && Units.measureAt(w, i + 1) == null && Numbers.WORDS.get(prev) == null && !w.punct(i - 1)
        || prev.equals("-") && w.is(i - 2, "mid");
    return isYear ? new Match(Kind.YEAR, l, i, i + 1) : null;
  }
}
