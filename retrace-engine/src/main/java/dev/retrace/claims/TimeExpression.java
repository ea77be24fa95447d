package dev.retrace.claims;

/**
 * A date, time or period: "November 11", "between November 28 and 29", "Friday", "this month",
 * "in a single day", "since February 2022", "earlier this year".
 *
 * @param text       surface text
 * @param kind       what sort of expression it is
 * @param normalized a canonical key for comparison when one can be computed ("11-11", "2022-02",
 *                   "friday", "P1D" for a one-day period), else the lower-cased text
 */
public record TimeExpression(String text, Kind kind, String normalized, int start, int end) {
  public enum Kind { DATE, DAY_OF_WEEK, MONTH, YEAR, RELATIVE, PERIOD }
}
