package dev.retrace.report;

import dev.retrace.changes.Change;
import dev.retrace.changes.Severity;
import dev.retrace.verdict.Direction;
import dev.retrace.verdict.Relation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Text helpers shared by the terminal and HTML reports. */
final class ReportText {

  /** Sentence index to text for one side; empty when the side is missing. */
  static Map<Integer, String> sentences(Side side) {
    Map<Integer, String> out = new HashMap<>();
    if (side != null) {
      for (SentenceView s : side.sentences()) {
        if (s != null) {
          out.put(s.index(), s.text() == null ? "" : s.text());
        }
      }
    }
    return out;
  }

  /** The text of the given sentences joined by single spaces. */
  static String joined(Map<Integer, String> sentences, List<Integer> indices) {
    StringBuilder sb = new StringBuilder();
    for (Integer i : indices) {
      String s = sentences.get(i);
      if (s == null) {
        s = "(sentence " + i + " not in report)";
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(s.strip());
    }
    return sb.toString();
  }

  /** "A3", "A3-5", "A3,7" for the given indices; just the letter when there are none. */
  static String label(char side, List<Integer> indices) {
    StringBuilder sb = new StringBuilder().append(side);
    List<Integer> sorted = indices.stream().sorted().toList();
    int i = 0;
    while (i < sorted.size()) {
      int j = i;
      while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) {
        j++;
      }
      if (i > 0) {
        sb.append(',');
      }
      sb.append(sorted.get(i));
      if (j > i) {
        sb.append('-').append(sorted.get(j));
      }
      i = j + 1;
    }
    return sb.toString();
  }

  static String relation(Relation r) {
    return r == null ? "unknown" : r.json();
  }

  static String direction(Direction d) {
    if (d == null) {
      return "unknown";
    }
    return switch (d) {
      case A_TO_B -> "A → B";
      case B_TO_A -> "B → A";
      case UNKNOWN -> "unknown";
    };
  }

  static String directionExplained(Direction d) {
    if (d == null) {
      return "direction unknown";
    }
    return switch (d) {
      case A_TO_B -> "B was derived from A";
      case B_TO_A -> "A was derived from B";
      case UNKNOWN -> "direction unknown";
    };
  }

  static String score(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f", v) : "n/a";
  }

  static String percent(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.0f%%", v * 100) : "n/a";
  }

  static String severity(Severity s) {
    return s == null ? "unknown" : s.json();
  }

  static String kind(Change c) {
    return c.kind() == null ? "unknown" : c.kind().json();
  }

  /** Kind name for people: "number_changed" → "number changed". */
  static String humanKind(String kind) {
    return kind.replace('_', ' ');
  }

  /** "from → to", the value alone, or "" when the change names neither. */
  static String fromTo(Change c) {
    String from = blankToNull(c.from());
    String to = blankToNull(c.to());
    if (from != null || to != null) {
      return (from == null ? "(none)" : from) + " → " + (to == null ? "(none)" : to);
    }
    String value = blankToNull(c.value());
    return value == null ? "" : value;
  }

  /** Changes with major ones first, otherwise in report order. */
  static List<Change> majorFirst(List<Change> changes) {
    List<Change> out = new ArrayList<>();
    for (Change c : changes) {
      if (c != null) {
        out.add(c);
      }
    }
    out.sort(Comparator.comparingInt(c -> c.severity() == Severity.MAJOR ? 0 : c.severity() == null ? 2 : 1));
    return out;
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /**
   * Text made safe for a terminal: line breaks and tabs become spaces, other control characters
   * (escape sequences included) and bidirectional overrides are dropped.
   */
  static String clean(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> {
      if (cp == '\n' || cp == '\r' || cp == '\t' || cp == 0x0B || cp == 0x0C || cp == 0x85 || cp == 0x2028
          || cp == 0x2029) {
        sb.append(' ');
      } else if (Character.getType(cp) == Character.CONTROL || isBidiControl(cp)) {
        // dropped
      } else {
        sb.appendCodePoint(cp);
      }
    });
    return sb.toString();
  }

  private static boolean isBidiControl(int cp) {
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F
        || cp == 0x061C;
  }

  /**
   * At most {@code max} characters of {@code text}, cut at word boundaries with "…" where text was left
   * out. When {@code focus} occurs in the text, the kept window is centred on it.
   */
  static String shorten(String text, String focus, int max) {
    String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
    if (t.length() <= max || max < 8) {
      return t.length() <= max ? t : t.substring(0, Math.max(0, max - 1)) + "…";
    }
    int start = 0;
    int at = -1;
    String f = blankToNull(focus);
    if (f != null) {
      at = t.toLowerCase(Locale.ROOT).indexOf(f.toLowerCase(Locale.ROOT));
      if (at >= 0) {
        int room = max - 2 - Math.min(f.length(), max - 2);
        start = Math.max(0, at - room / 2);
        start = Math.min(start, Math.max(0, t.length() - (max - 1)));
      }
    }
    if (start > 0) {
      // move to the start of a word, never past the focus
      int sp = t.indexOf(' ', start);
      int limit = start + Math.max(0, (max - 2) / 4);
      if (sp >= 0 && sp < limit && (at < 0 || sp < at)) {
        start = sp + 1;
      }
    }
    boolean cutStart = start > 0;
    int budget = max - (cutStart ? 1 : 0);
    int end = start + budget;
    if (end >= t.length()) {
      return (cutStart ? "…" : "") + t.substring(start);
    }
    end = start + budget - 1; // room for the trailing ellipsis
    int sp = t.lastIndexOf(' ', end);
    if (sp > start + budget / 2) {
      end = sp;
    }
    return (cutStart ? "…" : "") + t.substring(start, end).stripTrailing() + "…";
  }

  private ReportText() {}
}
