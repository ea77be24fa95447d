package dev.retrace.claims;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted words. Double quote marks ('"', “ ”, „ « ») are paired by their position (an opening
 * mark follows a space or bracket, a closing mark precedes a space or punctuation); single-quoted
 * passages inside a double-quoted one stay part of its text; single quotes elsewhere ('...', ‘...’)
 * count only as a well-formed pair, never an apostrophe ("Russia's", "soldiers' "). A quotation that
 * starts in an earlier sentence (a closing mark first) runs from the sentence start, and one that goes
 * on into the next sentence runs to the end. Stateless and thread-safe.
 */
public final class QuotationExtractor {
  private static final String OPEN_BEFORE = "([{-–—/";
  private static final String CLOSE_AFTER = ".,;:!?)]}-–—";
  private static final String STRIP = ".,;:!? \t";

  private enum Mark { OPEN, CLOSE, EITHER }

  /** Spans [start, end) of the text between quote marks, in sentence order. */
  public List<int[]> spans(String text) {
    List<int[]> out = new ArrayList<>();
    int open = -1;
    boolean sawMark = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      Mark m = doubleMark(text, i, c);
      if (m == null) {
        continue;
      }
      boolean close = m == Mark.CLOSE || m == Mark.EITHER && open >= 0;
      if (!close) {
        if (open < 0) {
          open = i;
        }
      } else if (open >= 0) {
        out.add(new int[] {open + 1, i});
        open = -1;
      } else if (!sawMark) {
        out.add(new int[] {0, i}); // the quotation began in an earlier sentence
      }
      sawMark = true;
    }
    if (open >= 0) {
      out.add(new int[] {open + 1, text.length()});
    }
    singleQuoted(text, out);
    out.sort((a, b) -> a[0] - b[0]);
    return out;
  }

  private static Mark doubleMark(String text, int i, char c) {
    switch (c) {
      case '“', '„', '«' -> {
        return Mark.OPEN;
      }
      case '”', '»' -> {
        return Mark.CLOSE;
      }
      case '"' -> {
        return classify(text, i);
      }
      default -> {
        return null;
      }
    }
  }

  private static Mark classify(String text, int i) {
    char before = i > 0 ? text.charAt(i - 1) : ' ';
    char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
    boolean openish = Character.isWhitespace(before) || OPEN_BEFORE.indexOf(before) >= 0;
    boolean closeish = Character.isWhitespace(after) || CLOSE_AFTER.indexOf(after) >= 0;
    if (openish && !closeish) {
      return Mark.OPEN;
    }
    if (closeish && !openish) {
      return Mark.CLOSE;
    }
    return Mark.EITHER;
  }

  /** Adds 'single-quoted' passages that lie outside every double-quoted span. */
  private static void singleQuoted(String text, List<int[]> doubles) {
    int open = -1;
    int n = doubles.size();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\'' && c != '‘' && c != '’' || inside(doubles, n, i)) {
        continue;
      }
      char before = i > 0 ? text.charAt(i - 1) : ' ';
      char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
      if (Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after)) {
        continue; // apostrophe
      }
      boolean openish = (Character.isWhitespace(before) || OPEN_BEFORE.indexOf(before) >= 0 || i == 0)
          && Character.isLetterOrDigit(after) && c != '’';
      boolean closeish = !Character.isWhitespace(before) && (Character.isWhitespace(after)
          || CLOSE_AFTER.indexOf(after) >= 0 || i + 1 == text.length()) && c != '‘';
      if (open < 0 && openish) {
        open = i;
      } else if (open >= 0 && closeish) {
        if (i > open + 1) {
          doubles.add(new int[] {open + 1, i});
        }
        open = -1;
      }
    }
  }

  private static boolean inside(List<int[]> spans, int n, int i) {
    for (int k = 0; k < n; k++) {
      if (i >= spans.get(k)[0] - 1 && i <= spans.get(k)[1]) {
        return true;
      }
    }
    return false;
  }

  /** Tokens inside any span. */
  static boolean[] mask(Words w, List<int[]> spans) {
    boolean[] m = new boolean[w.size()];
    for (int[] s : spans) {
      for (int k = 0; k < w.size(); k++) {
        if (w.start(k) >= s[0] && w.end(k) <= s[1]) {
          m[k] = true;
        }
      }
    }
    return m;
  }

  /** The quotations of the spans, each with the nearest attribution outside it as speaker. */
  public List<Quotation> extract(String text, List<int[]> spans, List<Attribution> attributions) {
    List<Quotation> out = new ArrayList<>(spans.size());
    for (int[] s : spans) {
      int a = s[0];
      int b = s[1];
      while (a < b && Character.isWhitespace(text.charAt(a))) {
        a++;
      }
      while (b > a && STRIP.indexOf(text.charAt(b - 1)) >= 0) {
        b--;
      }
      if (b <= a) {
        continue;
      }
      out.add(new Quotation(text.substring(a, b), speaker(s, attributions), a, b));
    }
    return out;
  }

  private static String speaker(int[] quote, List<Attribution> attributions) {
    Attribution best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Attribution at : attributions) {
      if (at.end() > quote[0] && at.start() < quote[1]) {
        continue; // inside the quotation
      }
      int d = at.start() >= quote[1] ? at.start() - quote[1] : quote[0] - at.end();
      if (d < bestDistance) {
        best = at;
        bestDistance = d;
      }
    }
    return best == null || best.source().isEmpty() ? null : best.source();
  }
}
