package dev.retrace.claims;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a number at a token position: digits with separators ("2,030", "3.5"), digits with a scale
 * ("2.5 billion", "300m" after a currency sign, "4.5bn"), number words ("two", "twenty-five", "a
 * million", "half a million", "a dozen"). Vague plurals ("dozens", "thousands", "1,000s") are
 * recognised so callers can skip them.
 */
final class Numbers {
  private Numbers() {}

  /**
   * A number found in the tokens [from, to).
   *
   * @param scaled true when a scale word ("million", "bn") applies
   * @param spelled true when written in words
   * @param digits the value before the scale ("2.5" in "2.5 billion")
   */
  record Num(double value, int from, int to, boolean scaled, boolean spelled, double digits) {}

  private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+");

  static final Map<String, Double> SCALES = Map.ofEntries(
      Map.entry("hundred", 1e2), Map.entry("thousand", 1e3), Map.entry("million", 1e6),
      Map.entry("billion", 1e9), Map.entry("trillion", 1e12), Map.entry("bn", 1e9), Map.entry("mn", 1e6),
      Map.entry("k", 1e3), Map.entry("tn", 1e12), Map.entry("mln", 1e6), Map.entry("bln", 1e9));

  static final Set<String> NAMED_SCALES = Lexicon.set("hundred thousand million billion trillion");

  /** Scale abbreviations that are read as scales only after a currency sign ("£300m", "$5b"). */
  static final Map<String, Double> CURRENCY_SCALES = Map.of("m", 1e6, "b", 1e9);

  static final Map<String, Integer> WORDS = Map.ofEntries(
      Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
      Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
      Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
      Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
      Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
      Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
      Map.entry("ninety", 90), Map.entry("dozen", 12));

  /** Plural counts that give no figure: "dozens of", "thousands of", "tens of thousands". */
  static final Set<String> VAGUE = Lexicon.set("dozens hundreds thousands millions billions scores tens");

  /** Parses plain digits ("2,030", "3.5"); null when the token is not such a number. */
  static Double digits(String t) {
    if (t.isEmpty() || !(Character.isDigit(t.charAt(0)) || t.charAt(0) == '.') || !DIGITS.matcher(t).matches()) {
      return null;
    }
    try {
      return Double.parseDouble(t.replace(",", ""));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** True for a plain digit token without separators or decimals ("2022"). */
  static boolean plainInteger(String t) {
    if (t.isEmpty() || t.length() > 9) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      if (!Character.isDigit(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The number starting at token i, or null.
   *
   * @param currency whether a currency sign stands just before (so "m"/"b" read as million/billion)
   */
  static Num at(Words w, int i, boolean currency) {
    if (i < 0 || i >= w.size()) {
      return null;
    }
    String l = w.low(i);
    Double d = w.number(i);
    if (d != null) {
      int j = i + 1;
      // "253m euros", "874.2m rupees": a glued m/b is a scale when a currency word follows
      boolean moneyAfter = w.glued(j) && Units.measureAt(w, j + 1) != null && Units.isCurrency(Units.measureAt(w, j + 1).unit());
      Double scale = scaleAt(w, j, currency || moneyAfter);
      if (scale != null) {
        return new Num(d * scale, i, j + 1, true, false, d);
      }
      return new Num(d, i, j, false, false, d);
    }
    // "a million", "a hundred", "a dozen", "half a million"
    if (l.equals("a") || l.equals("an")) {
      if (NAMED_SCALES.contains(w.low(i + 1))) {
        return new Num(SCALES.get(w.low(i + 1)), i, i + 2, true, true, 1);
      }
      if (w.is(i + 1, "dozen")) {
        return new Num(12, i, i + 2, false, true, 12);
      }
      return null;
    }
    if (l.equals("half") && w.is(i + 1, "a") && NAMED_SCALES.contains(w.low(i + 2))) {
      return new Num(0.5 * SCALES.get(w.low(i + 2)), i, i + 3, true, true, 0.5);
    }
    Integer small = WORDS.get(l);
    if (small == null) {
      return null;
    }
    // twenty-five / twenty five
    double value = small;
    int j = i + 1;
    if (small >= 20 && small % 10 == 0) {
      int k = w.dash(j) && w.glued(j) ? j + 1 : j;
      Integer unit = WORDS.get(w.low(k));
      if (unit != null && unit > 0 && unit < 10) {
        value += unit;
        j = k + 1;
      }
    }
    // "two hundred", "three million", "one hundred thousand"
    boolean scaled = false;
    double digitsPart = value;
    while (j < w.size()) {
      String s = w.low(j);
      if (NAMED_SCALES.contains(s)) {
        value *= SCALES.get(s);
        scaled = true;
        j++;
      } else {
        break;
      }
    }
    return new Num(value, i, j, scaled, true, digitsPart);
  }

  /** Denominators of written fractions: "a third", "two-thirds", "three-quarters", "one-fifth". */
  private static final Map<String, Integer> DENOMINATORS = Map.ofEntries(
      Map.entry("half", 2), Map.entry("halves", 2), Map.entry("third", 3), Map.entry("thirds", 3),
      Map.entry("quarter", 4), Map.entry("quarters", 4), Map.entry("fifth", 5), Map.entry("fifths", 5),
      Map.entry("sixth", 6), Map.entry("sixths", 6), Map.entry("seventh", 7), Map.entry("sevenths", 7),
      Map.entry("eighth", 8), Map.entry("eighths", 8), Map.entry("ninth", 9), Map.entry("ninths", 9),
      Map.entry("tenth", 10), Map.entry("tenths", 10));

  /** Words before "half" that make it part of a period or a phrase, not a share: "the first half of 2023". */
  private static final Set<String> NOT_A_HALF = Lexicon.set("first second last latter former the a this that");

  /**
   * A share written as a fraction, starting at token i, as a percentage of the whole: "two-thirds" (66.7),
   * "one-fifth" (20), "a third of" (33.3), "three quarters of" (75), "half of" / "half the" (50). So "a 20%
   * stake" and "a one-fifth stake" are the same figure. The words must read as a fraction and not as an
   * ordinal or a period: a hyphenated fraction ("a one-fifth stake") stands alone; a spaced one needs "of"
   * after it, or after a bracketed aside ("a fifth of the shares", "a quarter (21%) of those polled", not "a
   * fifth consecutive month"; "three quarters of", not "the past three quarters"); "half" needs "of" or a
   * determiner after it and no period word before ("the first half of 2023"). Null when there is no such share.
   */
  static Num share(Words w, int i) {
    String l = w.low(i);
    String before = w.dash(i - 1) ? w.low(i - 2) : w.low(i - 1); // "the last-half of July"
    if (l.equals("half") && !NOT_A_HALF.contains(before)
        && (w.is(i + 1, "of") || w.is(i + 1, "the") || w.is(i + 1, "its") || w.is(i + 1, "their"))) {
      return new Num(50, i, i + 1, false, true, 0.5);
    }
    int numerator;
    if (l.equals("a") || l.equals("an")) {
      numerator = 1;
    } else {
      Integer n = WORDS.get(l);
      if (n == null || n < 1 || n > 9) {
        return null;
      }
      numerator = n;
    }
    boolean hyphen = w.dash(i + 1) && w.glued(i + 1) && w.glued(i + 2);
    int d = hyphen ? i + 2 : i + 1;
    Integer denominator = DENOMINATORS.get(w.low(d));
    if (denominator == null || hyphen && numerator == 1 && (l.equals("a") || l.equals("an"))
        || !hyphen && !w.is(afterAside(w, d + 1), "of") || numerator >= denominator || denominator == 2 && !hyphen) {
      return null;
    }
    double fraction = (double) numerator / denominator;
    return new Num(Math.round(fraction * 1000) / 10.0, i, d + 1, false, true, fraction);
  }

  /** The token after a short bracketed aside opening at k ("a quarter (21%) of"), else k. */
  private static int afterAside(Words w, int k) {
    if (!w.is(k, "(")) {
      return k;
    }
    for (int j = k + 1; j < Math.min(w.size(), k + 8); j++) {
      if (w.is(j, ")")) {
        return j + 1;
      }
    }
    return k;
  }

  private static Double scaleAt(Words w, int j, boolean currency) {
    Double scale = SCALES.get(w.low(j));
    return scale != null ? scale : currency ? CURRENCY_SCALES.get(w.low(j)) : null;
  }

  /** Formats a value without a trailing ".0" ("2", "1.5"). */
  static String format(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }
}
