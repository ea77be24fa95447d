package dev.retrace.changes;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number the copy changed in place that no claim rule reads: a rank ("the world number 60" → "the world number
 * 93"), a clock time written bare ("due at the stadium at 1330"), a minute in a line-up ("(Parker 77)"). Found in a
 * word diff of the aligned texts, digits kept, as one number replaced by another of a different value with the
 * words around it unchanged, the source's number gone from the copy's text and the copy's number absent from the
 * whole source (else a figure may have moved, which the figure rules judge); a change another rule already reports
 * for either number (a figure, a date, a period) is left to that rule, which says what the number counts.
 */
final class FigureSwaps {
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[.,:/][\\p{N}]+)*(?:-[0-9]+/[0-9]+)?");
  /** "6-3/16" (a rate in sixteenths), "3/8". */
  private static final Pattern FRACTION = Pattern.compile("(?:([0-9]+)-)?([0-9]+)/([0-9]+)");
  /** Shortest deleted or inserted run diffed again as a possibly moved clause. */
  private static final int MOVED_RUN = 4;
  /** "22nd", "3rd", "11th". */
  private static final Pattern ORDINAL = Pattern.compile("([0-9]+)(?:st|nd|rd|th)", Pattern.CASE_INSENSITIVE);

  static void detect(GroupClaims ga, GroupClaims gb, GroupClaims wholeA, ChangeSink out) {
    List<String> a = tokens(ga.text);
    List<String> b = tokens(gb.text);
    List<String> la = Tokens.lower(a);
    List<String> lb = Tokens.lower(b);
    List<String> source = null;
    for (int[] swap : swaps(la, lb)) {
      int i = swap[0];
      int j = swap[1];
      String from = a.get(i);
      String to = b.get(j);
      boolean ordinal = ORDINAL.matcher(from).matches();
      Double x = value(from, ordinal);
      Double y = value(to, ordinal);
      if (x == null || y == null || x.equals(y) || reported(out, from) || reported(out, to)
          || lb.contains(from.toLowerCase(Locale.ROOT))) {
        continue; // the source's number is still in the copy: moved, not replaced
      }
      if (source == null) {
        source = Tokens.lower(tokens(wholeA.text));
      }
      if (source.contains(to.toLowerCase(Locale.ROOT))) {
        continue; // the copy's number is one the source gives elsewhere ("orders up 15.5 pct to 101.1 mln")
      }
      out.change(ChangeKind.NUMBER_CHANGED, Severity.MAJOR, ga.text, gb.text, ga.sentences, gb.sentences, from, from,
          to, "\"" + phrase(a, i, from) + "\" became \"" + phrase(b, j, to) + "\"");
    }
  }

  /**
   * Positions of one token replaced by one other in the same slot. A rewrite that moves a clause ("X is ranked
   * 22nd, despite Y" → "Despite Y, X is ranked 12th") leaves the clause as a deletion and an insertion in the
   * diff, so each deleted run is also diffed against each inserted run.
   */
  private static List<int[]> swaps(List<String> la, List<String> lb) {
    List<int[]> out = new ArrayList<>();
    List<AbstractDelta<String>> deltas = DiffUtils.diff(la, lb).getDeltas();
    inSameSlot(la, lb, deltas, 0, 0, out);
    for (AbstractDelta<String> del : deltas) {
      if (del.getType() == DeltaType.INSERT || del.getSource().size() < MOVED_RUN) {
        continue;
      }
      for (AbstractDelta<String> ins : deltas) {
        if (ins == del || ins.getType() == DeltaType.DELETE || ins.getTarget().size() < MOVED_RUN) {
          continue;
        }
        int i0 = del.getSource().getPosition();
        int j0 = ins.getTarget().getPosition();
        List<String> runA = la.subList(i0, i0 + del.getSource().size());
        List<String> runB = lb.subList(j0, j0 + ins.getTarget().size());
        inSameSlot(runA, runB, DiffUtils.diff(runA, runB).getDeltas(), i0, j0, out);
      }
    }
    return out;
  }

  /**
   * Adds the positions (shifted by the offsets of {@code a} and {@code b} in the texts) of the deltas that replace
   * one token by one other in the same slot.
   */
  private static void inSameSlot(List<String> a, List<String> b, List<AbstractDelta<String>> deltas, int offsetA,
      int offsetB, List<int[]> out) {
    for (AbstractDelta<String> d : deltas) {
      if (d.getType() == DeltaType.CHANGE && d.getSource().size() == 1 && d.getTarget().size() == 1
          && sameSlot(a, d.getSource().getPosition(), b, d.getTarget().getPosition())) {
        out.add(new int[] {offsetA + d.getSource().getPosition(), offsetB + d.getTarget().getPosition()});
      }
    }
  }

  /**
   * True when the two words before the numbers and the two after them are the same (the text's edge counting as a
   * word), or three on one side are: "at 1330 ." / "at 2080 ." in one sentence frame, but not "pct to 101.1 mln
   * from" / "months to 174.6 mln dlrs", two figures a rewrite happened to put after "to".
   */
  private static boolean sameSlot(List<String> a, int i, List<String> b, int j) {
    return around(a, i, -2).equals(around(b, j, -2)) && around(a, i, 2).equals(around(b, j, 2))
        || around(a, i, -3).size() == 3 && around(a, i, -3).equals(around(b, j, -3))
        || around(a, i, 3).size() == 3 && around(a, i, 3).equals(around(b, j, 3));
  }

  /** Up to |n| tokens before (n < 0) or after (n > 0) position k. */
  private static List<String> around(List<String> tokens, int k, int n) {
    return n < 0 ? tokens.subList(Math.max(0, k + n), k) : tokens.subList(k + 1, Math.min(tokens.size(), k + 1 + n));
  }

  /**
   * The value of a token made of digits (with "," or "." inside), a fraction ("6-3/16", "3/8") or an ordinal in
   * digits ("22nd": a rank, a place in a race, a century; a date's day is left to the date rules, which report
   * it), or null for any other token ("F16"). An ordinal pairs only with an ordinal: "22nd" and "22" are no
   * figure and its replacement.
   */
  private static Double value(String token, boolean ordinal) {
    Matcher o = ORDINAL.matcher(token);
    if (o.matches() != ordinal) {
      return null;
    }
    if (ordinal) {
      return Double.parseDouble(o.group(1));
    }
    Matcher f = FRACTION.matcher(token);
    if (f.matches()) {
      double whole = f.group(1) == null ? 0 : Double.parseDouble(f.group(1));
      double denominator = Double.parseDouble(f.group(3));
      return denominator == 0 ? null : whole + Double.parseDouble(f.group(2)) / denominator;
    }
    if (!token.matches("[0-9][0-9.,:]*")) {
      return null;
    }
    try {
      return Double.parseDouble(token.replace(",", "").replace(":", "."));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** True when a change already names the number (as a figure, date or period it reports). */
  private static boolean reported(ChangeSink out, String number) {
    return out.changes().stream().anyMatch(c -> mentions(c.from(), number) || mentions(c.to(), number)
        || mentions(c.value(), number));
  }

  private static boolean mentions(String text, String number) {
    return text != null && tokens(text).contains(number);
  }

  /** The number with the word before it, for the report ("number 60"). */
  private static String phrase(List<String> tokens, int at, String number) {
    return at > 0 ? tokens.get(at - 1) + " " + number : number;
  }

  private static List<String> tokens(String text) {
    return Tokens.of(TOKEN, text);
  }

  private FigureSwaps() {}
}
