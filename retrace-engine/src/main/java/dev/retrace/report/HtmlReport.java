package dev.retrace.report;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import dev.retrace.alignment.Alignment;
import dev.retrace.changes.Change;
import dev.retrace.changes.ChangeKind;
import dev.retrace.changes.Preserved;
import dev.retrace.changes.Severity;
import dev.retrace.verdict.Direction;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A comparison report as one self-contained HTML5 page: inline CSS and JavaScript, no external resources.
 * It shows the verdict, the evidence, both articles side by side with word-level differences (sentences only
 * one side has in rows of their own), the changes with filters by kind and severity, and the preserved claims.
 *
 * <p>The page comes from the {@code report.html.mustache} template next to this class. All article text goes
 * through the template's HTML escaping; only the bundled CSS and JavaScript are inserted unescaped.
 *
 * <p>Hooks for browser tests: {@code #verdict} (with {@code data-relation}, {@code data-score},
 * {@code data-direction}); {@code .alignment-row} per aligned group ({@code data-kind}, {@code data-a},
 * {@code data-b}, {@code data-similarity}) and {@code .unaligned-row} per sentence only one side has
 * ({@code data-side} "a" or "b", {@code data-a} or {@code data-b}); {@code #changes .change} per change
 * ({@code data-kind}, {@code data-severity}); filter checkboxes {@code input[data-filter-kind]} and
 * {@code input[data-filter-severity]}; {@code #change-count}; {@code #preserved .preserved};
 * {@code #evidence}.
 */
public final class HtmlReport {

  /** The page for the report. */
  public static String render(ComparisonReport r) {
    return Templates.PAGE.execute(new HtmlReport(r).context());
  }

  private final ComparisonReport r;
  private final Map<Integer, String> textA;
  private final Map<Integer, String> textB;

  private HtmlReport(ComparisonReport r) {
    this.r = r;
    this.textA = ReportText.sentences(r.a());
    this.textB = ReportText.sentences(r.b());
  }

  private Map<String, Object> context() {
    Map<String, Object> c = new LinkedHashMap<>();
    String titleA = title(r.a());
    String titleB = title(r.b());
    String relation = ReportText.relation(r.relation());
    c.put("pageTitle", "Retrace: " + relation + " (" + ReportText.score(r.score()) + ") — " + titleA + " ↔ "
        + titleB);
    c.put("id", ReportText.blankToNull(r.id()));
    c.put("hasId", ReportText.blankToNull(r.id()) != null);
    c.put("formatVersion", r.formatVersion());
    c.put("relation", relation);
    c.put("relationLabel", relation.toUpperCase(Locale.ROOT));
    c.put("score", ReportText.score(r.score()));
    c.put("scorePercent", Double.isFinite(r.score()) ? Math.round(Math.max(0, Math.min(1, r.score())) * 100) : 0);
    Direction direction = r.direction() == null ? Direction.UNKNOWN : r.direction();
    c.put("direction", direction.json());
    c.put("directionLabel", ReportText.direction(direction));
    c.put("directionExplained", ReportText.directionExplained(direction));
    c.put("reasons", r.reasons());
    c.put("hasReasons", !r.reasons().isEmpty());
    c.put("directionReasons", r.directionReasons());
    c.put("hasDirectionReasons", !r.directionReasons().isEmpty());
    c.put("warnings", r.warnings());
    c.put("hasWarnings", !r.warnings().isEmpty());
    c.put("a", side(r.a(), titleA, direction == Direction.A_TO_B ? "source" : direction == Direction.B_TO_A
        ? "copy" : null));
    c.put("b", side(r.b(), titleB, direction == Direction.A_TO_B ? "copy" : direction == Direction.B_TO_A
        ? "source" : null));
    c.put("evidence", evidence(r.evidence()));
    c.put("hasEvidence", r.evidence() != null);

    List<Map<String, Object>> rows = rows();
    c.put("rows", rows);
    c.put("hasRows", !rows.isEmpty());
    c.put("alignedCount", r.alignments().size());
    c.put("onlyACount", r.unalignedA().size());
    c.put("onlyBCount", r.unalignedB().size());

    changes(c);
    preserved(c);
    c.put("css", Templates.CSS);
    c.put("js", Templates.JS);
    return c;
  }

  // ------------------------------------------------------------------------------------------ header bits

  private static String title(Side s) {
    return s == null || ReportText.blankToNull(s.title()) == null ? "(untitled)" : s.title().strip();
  }

  private static Map<String, Object> side(Side s, String title, String role) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", title);
    m.put("role", role);
    m.put("hasRole", role != null);
    String url = s == null ? null : ReportText.blankToNull(s.url());
    m.put("url", url);
    m.put("hasUrl", url != null);
    String published = s == null ? null : ReportText.blankToNull(s.published());
    m.put("published", published);
    m.put("hasPublished", published != null);
    m.put("sentenceCount", s == null ? 0 : s.sentences().size());
    return m;
  }

  private static Map<String, Object> evidence(Evidence e) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (e == null) {
      return m;
    }
    m.put("aCoverage", ReportText.percent(e.aCoverage()));
    m.put("bCoverage", ReportText.percent(e.bCoverage()));
    m.put("alignedGroups", e.alignedGroups());
    m.put("meanSimilarity", ReportText.score(e.meanSimilarity()));
    m.put("documentSimilarity", ReportText.score(e.documentSimilarity()));
    m.put("model", e.model());
    m.put("sharedFacts", e.sharedFacts());
    m.put("hasSharedFacts", !e.sharedFacts().isEmpty());
    m.put("sharedFactCount", e.sharedFacts().size());
    return m;
  }

  // ------------------------------------------------------------------------------------------- alignment

  /** One row of the side-by-side view before it becomes a template map. */
  private record Row(Alignment group, char only, int index) {
    List<Integer> a() {
      return group != null ? group.a() : only == 'A' ? List.of(index) : List.of();
    }

    List<Integer> b() {
      return group != null ? group.b() : only == 'B' ? List.of(index) : List.of();
    }
  }

  /**
   * Aligned groups in source order; each sentence only one side has goes right after the row holding the
   * sentence before it on its side, so both columns keep reading order.
   */
  private List<Map<String, Object>> rows() {
    List<Row> rows = new ArrayList<>();
    r.alignments().stream().filter(g -> g != null)
        .sorted(Comparator.comparingInt((Alignment g) -> min(g.a())).thenComparingInt(g -> min(g.b())))
        .forEach(g -> rows.add(new Row(g, ' ', -1)));
    for (int i : new TreeSet<>(r.unalignedA())) {
      rows.add(insertionPoint(rows, 'A', i), new Row(null, 'A', i));
    }
    for (int j : new TreeSet<>(r.unalignedB())) {
      int at = insertionPoint(rows, 'B', j);
      while (at < rows.size() && rows.get(at).only() == 'A') {
        at++; // "only in A" rows first, then "only in B"
      }
      rows.add(at, new Row(null, 'B', j));
    }

    Set<String> anchored = new HashSet<>();
    List<Map<String, Object>> out = new ArrayList<>();
    for (Row row : rows) {
      Map<String, Object> m = new LinkedHashMap<>();
      boolean aligned = row.group() != null;
      m.put("aligned", aligned);
      m.put("onlyA", row.only() == 'A');
      m.put("onlyB", row.only() == 'B');
      m.put("side", row.only() == 'A' ? "a" : row.only() == 'B' ? "b" : null);
      m.put("aIndices", join(row.a()));
      m.put("bIndices", join(row.b()));
      m.put("aLabel", ReportText.label('A', row.a()));
      m.put("bLabel", ReportText.label('B', row.b()));
      m.put("aAnchors", anchors('a', row.a(), anchored));
      m.put("bAnchors", anchors('b', row.b(), anchored));
      String a = ReportText.joined(textA, row.a());
      String b = ReportText.joined(textB, row.b());
      if (aligned) {
        Alignment g = row.group();
        String kind = g.kind() == null ? "unknown" : g.kind().json();
        m.put("kind", kind);
        m.put("kindLabel", ReportText.humanKind(kind));
        m.put("similarity", ReportText.score(g.similarity()));
        List<WordDiff.Segment> diff = WordDiff.diff(a, b);
        m.put("changed", WordDiff.changed(diff));
        m.put("aSegments", segments(diff, WordDiff.Op.DELETED));
        m.put("bSegments", segments(diff, WordDiff.Op.INSERTED));
      } else {
        m.put("kind", row.only() == 'A' ? "only_a" : "only_b");
        m.put("kindLabel", row.only() == 'A' ? "only in A" : "only in B");
        m.put("similarity", null);
        m.put("changed", true);
        m.put("aSegments", row.only() == 'A' ? segments(List.of(new WordDiff.Segment(WordDiff.Op.EQUAL, a)),
            WordDiff.Op.DELETED) : List.of());
        m.put("bSegments", row.only() == 'B' ? segments(List.of(new WordDiff.Segment(WordDiff.Op.EQUAL, b)),
            WordDiff.Op.INSERTED) : List.of());
      }
      out.add(m);
    }
    return out;
  }

  /** Where a sentence only {@code side} has goes: after the row holding the nearest earlier sentence. */
  private static int insertionPoint(List<Row> rows, char side, int index) {
    int best = -1;
    int bestIndex = Integer.MIN_VALUE;
    for (int k = 0; k < rows.size(); k++) {
      for (int x : side == 'A' ? rows.get(k).a() : rows.get(k).b()) {
        if (x < index && x >= bestIndex) {
          bestIndex = x;
          best = k;
        }
      }
    }
    return best + 1;
  }

  private static List<Map<String, Object>> anchors(char side, List<Integer> indices, Set<String> anchored) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (int i : indices) {
      String id = side + "-" + i;
      if (anchored.add(id)) {
        out.add(Map.of("anchor", id));
      }
    }
    return out;
  }

  /**
   * Template view of one side of a diff: equal text plus this side's deletions or insertions. Whitespace at
   * the edges of a deletion or insertion is moved outside the highlight ("a <del>brigade</del> commander").
   */
  private static List<Map<String, Object>> segments(List<WordDiff.Segment> diff, WordDiff.Op mine) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (WordDiff.Segment s : diff) {
      if (s.op() == WordDiff.Op.EQUAL) {
        piece(out, s.text(), WordDiff.Op.EQUAL);
      } else if (s.op() == mine) {
        String t = s.text();
        String core = t.strip();
        if (core.isEmpty()) {
          piece(out, t, mine);
          continue;
        }
        int lead = t.indexOf(core);
        piece(out, t.substring(0, lead), WordDiff.Op.EQUAL);
        piece(out, core, mine);
        piece(out, t.substring(lead + core.length()), WordDiff.Op.EQUAL);
      }
    }
    return out;
  }

  private static void piece(List<Map<String, Object>> out, String text, WordDiff.Op op) {
    if (text.isEmpty()) {
      return;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("text", text);
    m.put("del", op == WordDiff.Op.DELETED);
    m.put("ins", op == WordDiff.Op.INSERTED);
    m.put("eq", op == WordDiff.Op.EQUAL);
    out.add(m);
  }

  // --------------------------------------------------------------------------------------------- changes

  private void changes(Map<String, Object> c) {
    List<Change> changes = ReportText.majorFirst(r.changes());
    List<Map<String, Object>> out = new ArrayList<>();
    Map<String, Integer> kindCounts = new LinkedHashMap<>();
    Map<String, Integer> severityCounts = new LinkedHashMap<>();
    for (Severity s : Severity.values()) {
      severityCounts.put(s.json(), 0);
    }
    int n = 0;
    for (Change ch : changes) {
      n++;
      String kind = ReportText.kind(ch);
      String severity = ReportText.severity(ch.severity());
      kindCounts.merge(kind, 1, Integer::sum);
      severityCounts.merge(severity, 1, Integer::sum);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("number", n);
      m.put("kind", kind);
      m.put("kindLabel", ReportText.humanKind(kind));
      m.put("severity", severity);
      m.put("major", ch.severity() == Severity.MAJOR);
      String from = ReportText.blankToNull(ch.from());
      String to = ReportText.blankToNull(ch.to());
      String value = ReportText.blankToNull(ch.value());
      m.put("hasFromTo", from != null || to != null);
      m.put("from", from == null ? "(none)" : from);
      m.put("to", to == null ? "(none)" : to);
      m.put("fromMissing", from == null);
      m.put("toMissing", to == null);
      m.put("value", value);
      m.put("hasValue", value != null && !value.equals(from));
      m.put("detail", ReportText.blankToNull(ch.detail()));
      m.put("hasDetail", ReportText.blankToNull(ch.detail()) != null);
      String a = ReportText.blankToNull(ch.aText());
      String b = ReportText.blankToNull(ch.bText());
      m.put("hasA", a != null);
      m.put("hasB", b != null);
      List<WordDiff.Segment> diff = WordDiff.diff(a, b);
      m.put("aSegments", a == null ? List.of() : segments(b == null
          ? List.of(new WordDiff.Segment(WordDiff.Op.EQUAL, a)) : diff, WordDiff.Op.DELETED));
      m.put("bSegments", b == null ? List.of() : segments(a == null
          ? List.of(new WordDiff.Segment(WordDiff.Op.EQUAL, b)) : diff, WordDiff.Op.INSERTED));
      m.put("aRefs", refs('a', ch.aSentences()));
      m.put("bRefs", refs('b', ch.bSentences()));
      out.add(m);
    }
    c.put("changes", out);
    c.put("hasChanges", !out.isEmpty());
    c.put("changeCount", out.size());
    c.put("majorCount", severityCounts.getOrDefault("major", 0));
    c.put("minorCount", severityCounts.getOrDefault("minor", 0));

    List<Map<String, Object>> kindFilters = new ArrayList<>();
    List<String> order = new ArrayList<>();
    for (ChangeKind k : ChangeKind.values()) {
      order.add(k.json());
    }
    kindCounts.keySet().stream().sorted(Comparator.comparingInt((String k) -> order.indexOf(k) < 0 ? 999
        : order.indexOf(k))).forEach(k -> kindFilters.add(Map.of("kind", k, "label", ReportText.humanKind(k),
            "count", kindCounts.get(k))));
    c.put("kindFilters", kindFilters);
    List<Map<String, Object>> severityFilters = new ArrayList<>();
    severityCounts.forEach((s, count) -> severityFilters.add(Map.of("severity", s, "count", count)));
    c.put("severityFilters", severityFilters);
  }

  private static List<Map<String, Object>> refs(char side, List<Integer> indices) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (int i : indices) {
      out.add(Map.of("anchor", side + "-" + i, "label", Character.toUpperCase(side) + String.valueOf(i)));
    }
    return out;
  }

  private void preserved(Map<String, Object> c) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Preserved p : r.preserved()) {
      if (p == null) {
        continue;
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("kind", p.kind() == null ? "" : p.kind());
      m.put("text", p.text() == null ? "" : p.text());
      m.put("value", ReportText.blankToNull(p.value()));
      m.put("hasValue", ReportText.blankToNull(p.value()) != null);
      m.put("aAnchor", "a-" + p.aSentence());
      m.put("bAnchor", "b-" + p.bSentence());
      m.put("aLabel", "A" + p.aSentence());
      m.put("bLabel", "B" + p.bSentence());
      out.add(m);
    }
    c.put("preserved", out);
    c.put("hasPreserved", !out.isEmpty());
    c.put("preservedCount", out.size());
  }

  private static int min(List<Integer> indices) {
    return indices.stream().mapToInt(Integer::intValue).min().orElse(Integer.MAX_VALUE);
  }

  private static String join(List<Integer> indices) {
    StringBuilder sb = new StringBuilder();
    for (int i : indices) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(i);
    }
    return sb.toString();
  }

  /** The compiled template and the bundled assets, loaded once. */
  private static final class Templates {
    static final String CSS = resource("report.css");
    static final String JS = resource("report.js");
    // escapeHTML stays on (the default): every {{value}} is escaped; only {{{css}}} and {{{js}}} are raw.
    static final Template PAGE = Mustache.compiler().escapeHTML(true).nullValue("")
        .compile(resource("report.html.mustache"));

    private static String resource(String name) {
      try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("missing resource dev/retrace/report/" + name);
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
