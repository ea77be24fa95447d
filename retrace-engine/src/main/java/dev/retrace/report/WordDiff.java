package dev.retrace.report;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level differences between two texts, for showing what a copy changed in a sentence.
 *
 * <p>Both texts are cut into tokens — words (letters and digits, with inner apostrophes, hyphens and the
 * separators of numbers such as {@code 2,030} or {@code 3.5}) and single punctuation marks, with the
 * whitespace between them kept aside — and the token lists are compared with java-diff-utils (Myers).
 * Whitespace is compared where the words around it match, so it never anchors a match by itself. The result
 * is cleaned up for reading: changes separated only by whitespace or punctuation are joined, and so are
 * changes separated by one or two words that are much shorter than both changes (in a paraphrase a lone
 * matching "the" or "Russia" is noise). A change's deleted part is always listed before its inserted part.
 *
 * <p>The segments always rebuild both inputs: the {@link Op#EQUAL} and {@link Op#DELETED} texts in order
 * give {@code a}, the {@link Op#EQUAL} and {@link Op#INSERTED} texts give {@code b}. Adjacent segments
 * never share an op.
 */
public final class WordDiff {

  /** What happened to a piece of text. */
  public enum Op {
    /** In both texts. */
    EQUAL,
    /** Only in the first text. */
    DELETED,
    /** Only in the second text. */
    INSERTED
  }

  /** A run of text with what happened to it; {@code text} is never empty. */
  public record Segment(Op op, String text) {
    public Segment {
      Objects.requireNonNull(op, "op");
      Objects.requireNonNull(text, "text");
    }
  }

  private static final Pattern TOKEN = Pattern.compile(
      "[\\p{L}\\p{M}\\p{N}]+(?:['’\\-.,][\\p{L}\\p{M}\\p{N}]+)*" // words, numbers like 2,030 or 3.5
          + "|[^\\s\\p{L}\\p{M}\\p{N}]");                      // anything else but whitespace, one character

  /** The differences turning {@code a} into {@code b}; null counts as empty. */
  public static List<Segment> diff(String a, String b) {
    String left = a == null ? "" : a;
    String right = b == null ? "" : b;
    if (left.equals(right)) {
      return left.isEmpty() ? List.of() : List.of(new Segment(Op.EQUAL, left));
    }
    Tokens ta = new Tokens(left);
    Tokens tb = new Tokens(right);

    // 1. Token-level edit script, with lone deletions/insertions slid next to neighbouring changes.
    List<Step> steps = new ArrayList<>();
    int ia = 0;
    int ib = 0;
    for (AbstractDelta<String> delta : DiffUtils.diff(ta.words, tb.words).getDeltas()) {
      Chunk<String> src = delta.getSource();
      Chunk<String> tgt = delta.getTarget();
      while (ia < src.getPosition()) {
        steps.add(new Step(Op.EQUAL, ia++, ib++));
      }
      for (int k = 0; k < src.size(); k++) {
        steps.add(new Step(Op.DELETED, ia++, -1));
      }
      for (int k = 0; k < tgt.size(); k++) {
        steps.add(new Step(Op.INSERTED, -1, ib++));
      }
    }
    while (ia < ta.words.size()) {
      steps.add(new Step(Op.EQUAL, ia++, ib++));
    }
    slide(steps, ta.words, tb.words);

    // 2. Hunks: equal runs and changes, in order; whitespace is compared between matching words.
    List<Hunk> hunks = new ArrayList<>();
    int lastA = -1;
    int lastB = -1;
    int i = 0;
    while (i < steps.size()) {
      Step st = steps.get(i);
      if (st.op == Op.EQUAL) {
        gap(hunks, ta.text.substring(ta.end(lastA), ta.starts.get(st.a)),
            tb.text.substring(tb.end(lastB), tb.starts.get(st.b)));
        hunks.add(Hunk.equal(ta.words.get(st.a)));
        lastA = st.a;
        lastB = st.b;
        i++;
        continue;
      }
      int firstA = lastA;
      int firstB = lastB;
      while (i < steps.size() && steps.get(i).op != Op.EQUAL) {
        if (steps.get(i).op == Op.DELETED) {
          lastA = steps.get(i).a;
        } else {
          lastB = steps.get(i).b;
        }
        i++;
      }
      hunks.add(new Hunk(false, ta.text.substring(ta.end(firstA), ta.end(lastA)),
          tb.text.substring(tb.end(firstB), tb.end(lastB))));
    }
    gap(hunks, ta.text.substring(ta.end(lastA)), tb.text.substring(tb.end(lastB)));

    // 3. Join changes that little separates: "[-big-]{+small+} [-red-]" reads as one edit.
    List<Hunk> joined = new ArrayList<>();
    for (Hunk h : hunks) {
      int n = joined.size();
      if (!h.equal && n >= 1 && !joined.get(n - 1).equal) {
        Hunk prev = joined.remove(n - 1);
        joined.add(new Hunk(false, prev.del + h.del, prev.ins + h.ins));
      } else if (!h.equal && n >= 2 && joined.get(n - 1).equal && !joined.get(n - 2).equal
          && negligible(joined.get(n - 1).del, joined.get(n - 2), h)) {
        Hunk eq = joined.remove(n - 1);
        Hunk prev = joined.remove(n - 2);
        joined.add(new Hunk(false, prev.del + eq.del + h.del, prev.ins + eq.ins + h.ins));
      } else if (h.equal && n >= 1 && joined.get(n - 1).equal) {
        Hunk prev = joined.remove(n - 1);
        joined.add(Hunk.equal(prev.del + h.del));
      } else {
        joined.add(h);
      }
    }

    // 4. Move whitespace that both sides of a change share out of it, then emit segments.
    List<Segment> out = new ArrayList<>();
    for (Hunk h : joined) {
      if (h.equal) {
        add(out, Op.EQUAL, h.del);
        continue;
      }
      String del = h.del;
      String ins = h.ins;
      int lead = 0;
      while (lead < del.length() && lead < ins.length() && del.charAt(lead) == ins.charAt(lead)
          && Character.isWhitespace(del.charAt(lead))) {
        lead++;
      }
      int trail = 0;
      while (trail < del.length() - lead && trail < ins.length() - lead
          && del.charAt(del.length() - 1 - trail) == ins.charAt(ins.length() - 1 - trail)
          && Character.isWhitespace(del.charAt(del.length() - 1 - trail))) {
        trail++;
      }
      add(out, Op.EQUAL, del.substring(0, lead));
      add(out, Op.DELETED, del.substring(lead, del.length() - trail));
      add(out, Op.INSERTED, ins.substring(lead, ins.length() - trail));
      add(out, Op.EQUAL, del.substring(del.length() - trail));
    }
    return List.copyOf(out);
  }

  /** The text of one side: {@code a} for EQUAL and DELETED segments, {@code b} for EQUAL and INSERTED. */
  public static String rebuild(List<Segment> segments, boolean sideA) {
    StringBuilder sb = new StringBuilder();
    for (Segment s : segments) {
      if (s.op() == Op.EQUAL || s.op() == (sideA ? Op.DELETED : Op.INSERTED)) {
        sb.append(s.text());
      }
    }
    return sb.toString();
  }

  /** True when the segments contain any deletion or insertion. */
  public static boolean changed(List<Segment> segments) {
    return segments.stream().anyMatch(s -> s.op() != Op.EQUAL);
  }

  /** The words and punctuation marks of a text, in order. */
  static List<String> tokens(String text) {
    return new Tokens(text).words;
  }

  /**
   * Myers may keep a matching word on the wrong side of a lone deletion or insertion ("[-If-] the
   * [-figures ... be the-] highest"). Where the same words can match on the other side of it, the change is
   * moved next to the neighbouring change so that the two read as one ("[-If the figures ... be-] the
   * highest").
   */
  private static void slide(List<Step> steps, List<String> wa, List<String> wb) {
    int i = 0;
    while (i < steps.size()) {
      if (steps.get(i).op == Op.EQUAL) {
        i++;
        continue;
      }
      int start = i;
      while (i < steps.size() && steps.get(i).op != Op.EQUAL) {
        i++;
      }
      int end = i; // group is [start, end)
      Op op = steps.get(start).op;
      boolean pure = steps.subList(start, end).stream().allMatch(x -> x.op == op);
      if (!pure) {
        continue;
      }
      List<String> words = op == Op.DELETED ? wa : wb;
      int n = end - start;
      // equal run before the group, and a change before that?
      int eqStart = start;
      while (eqStart > 0 && steps.get(eqStart - 1).op == Op.EQUAL) {
        eqStart--;
      }
      int before = start - eqStart;
      if (before > 0 && eqStart > 0 && rotatable(steps, words, op, eqStart, before, n)) {
        rotate(steps, op, eqStart, before, n, true);
        continue;
      }
      int eqEnd = end;
      while (eqEnd < steps.size() && steps.get(eqEnd).op == Op.EQUAL) {
        eqEnd++;
      }
      int after = eqEnd - end;
      if (after > 0 && eqEnd < steps.size() && rotatable(steps, words, op, start, after, n)) {
        rotate(steps, op, start, after, n, false);
        i = start + after + n;
      }
    }
  }

  /** Index in its own text of the word a step touches on the side that {@code op} concerns. */
  private static int index(Step s, Op op) {
    return op == Op.DELETED ? s.a : s.b;
  }

  /**
   * Whether {@code eq} equal steps and {@code n} change steps starting at {@code from} (in either order) can
   * swap order: on the changed side the words are contiguous and the equal words reappear after the shift.
   */
  private static boolean rotatable(List<Step> steps, List<String> words, Op op, int from, int eq, int n) {
    int p = index(steps.get(from), op);
    for (int k = 1; k < eq + n; k++) {
      if (index(steps.get(from + k), op) != p + k) {
        return false; // not a contiguous run of words on this side
      }
    }
    for (int k = 0; k < eq; k++) {
      if (!words.get(p + k).equals(words.get(p + n + k))) {
        return false;
      }
    }
    return true;
  }

  private static void rotate(List<Step> steps, Op op, int from, int eq, int n, boolean left) {
    int p = index(steps.get(from), op);
    List<Step> equal = new ArrayList<>(steps.subList(left ? from : from + n, left ? from + eq : from + n + eq));
    List<Step> replaced = new ArrayList<>();
    if (left) {
      // [EQ x eq][CHG x n] -> [CHG x n][EQ x eq]
      for (int k = 0; k < n; k++) {
        replaced.add(op == Op.DELETED ? new Step(op, p + k, -1) : new Step(op, -1, p + k));
      }
      for (int k = 0; k < eq; k++) {
        Step e = equal.get(k);
        replaced.add(op == Op.DELETED ? new Step(Op.EQUAL, p + n + k, e.b) : new Step(Op.EQUAL, e.a, p + n + k));
      }
    } else {
      // [CHG x n][EQ x eq] -> [EQ x eq][CHG x n]
      for (int k = 0; k < eq; k++) {
        Step e = equal.get(k);
        replaced.add(op == Op.DELETED ? new Step(Op.EQUAL, p + k, e.b) : new Step(Op.EQUAL, e.a, p + k));
      }
      for (int k = 0; k < n; k++) {
        replaced.add(op == Op.DELETED ? new Step(op, p + eq + k, -1) : new Step(op, -1, p + eq + k));
      }
    }
    for (int k = 0; k < eq + n; k++) {
      steps.set(from + k, replaced.get(k));
    }
  }

  private static void gap(List<Hunk> hunks, String ga, String gb) {
    if (ga.equals(gb)) {
      if (!ga.isEmpty()) {
        hunks.add(Hunk.equal(ga));
      }
    } else {
      hunks.add(new Hunk(false, ga, gb));
    }
  }

  /**
   * Whether an equal run between two changes is too slight to show on its own: whitespace and punctuation
   * only, or at most two words where each change is at least three times as many words.
   */
  private static boolean negligible(String equal, Hunk before, Hunk after) {
    int words = words(equal);
    if (words == 0) {
      return true;
    }
    int shorter = Math.min(Math.max(words(before.del), words(before.ins)),
        Math.max(words(after.del), words(after.ins)));
    return words <= 2 && shorter >= 3 * words;
  }

  private static int words(String text) {
    int n = 0;
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      if (Character.isLetterOrDigit(m.group().codePointAt(0))) {
        n++;
      }
    }
    return n;
  }

  /** Tokens with their offsets in the text. */
  private static final class Tokens {
    final String text;
    final List<String> words = new ArrayList<>();
    final List<Integer> starts = new ArrayList<>();
    final List<Integer> ends = new ArrayList<>();

    Tokens(String text) {
      this.text = text;
      Matcher m = TOKEN.matcher(text);
      while (m.find()) {
        words.add(m.group());
        starts.add(m.start());
        ends.add(m.end());
      }
    }

    /** End offset of token {@code i}; 0 before the first. */
    int end(int i) {
      return i < 0 ? 0 : ends.get(i);
    }
  }

  private static void add(List<Segment> out, Op op, String text) {
    if (text.isEmpty()) {
      return;
    }
    if (!out.isEmpty()) {
      Segment last = out.get(out.size() - 1);
      if (last.op() == op) {
        out.set(out.size() - 1, new Segment(op, last.text() + text));
        return;
      }
    }
    out.add(new Segment(op, text));
  }

  /** One token of the edit script: equal (both indices), deleted (a) or inserted (b). */
  private record Step(Op op, int a, int b) {}

  /** An equal run ({@code del} holds its text) or a change. */
  private record Hunk(boolean equal, String del, String ins) {
    static Hunk equal(String text) {
      return new Hunk(true, text, text);
    }
  }

  private WordDiff() {}
}
