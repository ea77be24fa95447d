package dev.retrace.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Styled text for terminals: spans with a style, word-wrapped to a display width, rendered with or without
 * ANSI colour. Widths count what a terminal shows (wide East Asian characters take two columns, combining
 * marks none); all text passes through {@link ReportText#clean} so article text cannot emit escapes.
 */
final class TerminalText {

  /** How a span looks; {@code sgr} is the ANSI "select graphic rendition" code, null for plain. */
  enum Style {
    PLAIN(null), BOLD("1"), DIM("2"), HEADING("1;4"),
    DELETED("31;9"), INSERTED("32"), FOCUS_A("1;31"), FOCUS_B("1;32"),
    MAJOR("1;31"), MINOR("33"), WARNING("1;33"),
    DUPLICATE("1;37;41"), DERIVED("1;30;43"), RELATED("1;30;46"), UNRELATED("1;30;42");

    final String sgr;

    Style(String sgr) {
      this.sgr = sgr;
    }
  }

  record Span(String text, Style style) {
    Span {
      text = ReportText.clean(text);
      style = style == null ? Style.PLAIN : style;
    }
  }

  static Span span(String text, Style style) {
    return new Span(text, style);
  }

  static Span plain(String text) {
    return new Span(text, Style.PLAIN);
  }

  /** One display line: code points with their styles. */
  static final class Line {
    private final List<Integer> cps = new ArrayList<>();
    private final List<Style> styles = new ArrayList<>();
    private int width;

    int width() {
      return width;
    }

    boolean isEmpty() {
      return cps.isEmpty();
    }

    Line add(int cp, Style style) {
      cps.add(cp);
      styles.add(style);
      width += TerminalText.width(cp);
      return this;
    }

    Line add(String text, Style style) {
      text.codePoints().forEach(cp -> add(cp, style));
      return this;
    }

    Line add(Line other) {
      for (int i = 0; i < other.cps.size(); i++) {
        add(other.cps.get(i), other.styles.get(i));
      }
      return this;
    }

    void removeLast() {
      int cp = cps.remove(cps.size() - 1);
      styles.remove(styles.size() - 1);
      width -= TerminalText.width(cp);
    }

    void stripTrailing() {
      while (!cps.isEmpty() && Character.isWhitespace(cps.get(cps.size() - 1))) {
        removeLast();
      }
    }

    Line pad(int to) {
      while (width < to) {
        add(' ', Style.PLAIN);
      }
      return this;
    }

    String render(boolean color) {
      StringBuilder sb = new StringBuilder();
      Style current = Style.PLAIN;
      for (int i = 0; i < cps.size(); i++) {
        Style s = color ? styles.get(i) : Style.PLAIN;
        if (s != current) {
          if (current != Style.PLAIN) {
            sb.append("\u001b[0m");
          }
          if (s != Style.PLAIN) {
            sb.append("\u001b[").append(s.sgr).append('m');
          }
          current = s;
        }
        sb.appendCodePoint(cps.get(i));
      }
      if (current != Style.PLAIN) {
        sb.append("\u001b[0m");
      }
      return sb.toString();
    }
  }

  /** Greedy word wrap; runs of whitespace become one space, words wider than a line are cut. */
  static List<Line> wrap(List<Span> spans, int width) {
    int w = Math.max(1, width);
    List<Integer> cps = new ArrayList<>();
    List<Style> styles = new ArrayList<>();
    for (Span s : spans) {
      s.text().codePoints().forEach(cp -> {
        cps.add(cp);
        styles.add(s.style());
      });
    }
    List<Line> lines = new ArrayList<>();
    Line line = new Line();
    int i = 0;
    int n = cps.size();
    Style sepStyle = null;
    while (i < n) {
      if (isSpace(cps.get(i))) {
        if (sepStyle == null) {
          sepStyle = styles.get(i);
        }
        i++;
        continue;
      }
      int j = i;
      int wordWidth = 0;
      while (j < n && !isSpace(cps.get(j))) {
        wordWidth += width(cps.get(j));
        j++;
      }
      if (!line.isEmpty()) {
        Style prev = line.styles.get(line.styles.size() - 1);
        Style sep = sepStyle != null && sepStyle == prev && sepStyle == styles.get(i) ? sepStyle : Style.PLAIN;
        if (line.width() + 1 + wordWidth <= w) {
          line.add(' ', sep);
        } else {
          lines.add(line);
          line = new Line();
        }
      }
      for (int k = i; k < j; k++) {
        int cw = width(cps.get(k));
        if (line.width() + cw > w && !line.isEmpty()) {
          lines.add(line);
          line = new Line();
        }
        line.add(cps.get(k), styles.get(k));
      }
      sepStyle = null;
      i = j;
    }
    if (!line.isEmpty() || lines.isEmpty()) {
      lines.add(line);
    }
    return lines;
  }

  /** The first {@code max} lines, the last ending in "…" when lines were dropped. */
  static List<Line> truncate(List<Line> lines, int max, int width) {
    if (lines.size() <= max) {
      return lines;
    }
    List<Line> out = new ArrayList<>(lines.subList(0, max));
    Line last = out.get(max - 1);
    while (!last.isEmpty() && last.width() + 1 > width) {
      last.removeLast();
    }
    last.stripTrailing();
    last.add('…', Style.PLAIN);
    return out;
  }

  private static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
  }

  /** Columns a terminal uses for the code point. */
  static int width(int cp) {
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
        || cp == 0x200B) {
      return 0;
    }
    if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
        || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F)
        || (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD)) {
      return 2;
    }
    return 1;
  }

  /** Display width of a plain string. */
  static int width(String s) {
    return ReportText.clean(s).codePoints().map(TerminalText::width).sum();
  }

  private TerminalText() {}
}
