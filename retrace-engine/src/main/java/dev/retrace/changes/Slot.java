package dev.retrace.changes;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Where a claim sits in its sentence: up to three words before it and after it, and its own words with its
 * number masked ("# years"). Two claims in the same slot with other values were changed in place, even when the
 * old or the new value occurs elsewhere in the other text ("over the past 10 years" → "over the past 5 years"
 * beside "its five-year plan").
 */
record Slot(List<String> left, String figure, List<String> right) {
  private static final int WORDS = 3;

  /**
   * The slot of the text at [start, end) of the sentence, with {@code figure} as its masked words; {@code words}
   * splits the text either side into the words compared (figures keep digits and signs, times letters only).
   */
  static Slot around(String sentence, int start, int end, String figure, Function<String, List<String>> words) {
    int s = Math.max(0, Math.min(start, sentence.length()));
    int e = Math.max(s, Math.min(end, sentence.length()));
    List<String> before = words.apply(sentence.substring(0, s));
    List<String> after = words.apply(sentence.substring(e));
    return new Slot(before.subList(Math.max(0, before.size() - WORDS), before.size()),
        figure.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "), after.subList(0, Math.min(WORDS, after.size())));
  }

  /**
   * The same words on one side at least: all three before, or all three after. One side is enough because a
   * rewrite may touch a word on the other ("the 25-year-old also contested" → "the 11-year-old contested").
   */
  boolean sameContext(Slot o) {
    return left.size() == WORDS && left.equals(o.left) || right.size() == WORDS && right.equals(o.right);
  }

  /** {@link #sameContext} and the same masked words. */
  boolean sameAs(Slot o) {
    return figure.equals(o.figure) && sameContext(o);
  }
}
