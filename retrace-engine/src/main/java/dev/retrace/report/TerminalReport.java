package dev.retrace.report;

import static dev.retrace.report.TerminalText.plain;
import static dev.retrace.report.TerminalText.span;

import dev.retrace.alignment.Alignment;
import dev.retrace.changes.Change;
import dev.retrace.changes.Preserved;
import dev.retrace.changes.Severity;
import dev.retrace.report.TerminalText.Line;
import dev.retrace.report.TerminalText.Span;
import dev.retrace.report.TerminalText.Style;
import dev.retrace.verdict.Direction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A comparison report as plain text for a terminal, about {@value #DEFAULT_WIDTH} columns wide: the verdict
 * and its reasons, each aligned sentence group with word-level differences, the sentences only one side
 * has, a table of changes (major first) and the claims that were kept.
 *
 * <p>With {@code color} the differences are shown with ANSI colours (deletions red and struck through,
 * insertions green); without it the output contains no escape sequences and differences are marked
 * {@code [-deleted-]} and {@code {+inserted+}}, as {@code git diff --word-diff} does. Control characters in
 * article text are never passed through.
 */
public final class TerminalReport {
  public static final int DEFAULT_WIDTH = 120;

  private static final int MAX_CELL_LINES = 4;
  private static final int MAX_PRESERVED = 15;

  /** The report at {@value #DEFAULT_WIDTH} columns. */
  public static String render(ComparisonReport r, boolean color) {
    return render(r, color, DEFAULT_WIDTH);
  }

  /** The report wrapped to {@code width} columns (at least 60). */
  public static String render(ComparisonReport r, boolean color, int width) {
    return new TerminalReport(r, color, Math.max(60, width)).render();
  }

  private final ComparisonReport r;
  private final boolean color;
  private final int width;
  private final Map<Integer, String> textA;
  private final Map<Integer, String> textB;
  private final StringBuilder out = new StringBuilder();

  private TerminalReport(ComparisonReport r, boolean color, int width) {
    this.r = r;
    this.color = color;
    this.width = width;
    this.textA = ReportText.sentences(r.a());
    this.textB = ReportText.sentences(r.b());
  }

  private String render() {
    header();
    aligned();
    only('A', r.unalignedA(), textA, "source sentences the copy does not have");
    only('B', r.unalignedB(), textB, "copy sentences with no counterpart in the source");
    changes();
    preserved();
    return out.toString();
  }

  // ---------------------------------------------------------------------------------------------- header

  private void header() {
    Line title = new Line().add("Retrace comparison", Style.BOLD);
    if (r.id() != null) {
      title.add("  " + ReportText.clean(r.id()), Style.DIM);
    }
    emit(title);
    emit(new Line().add("═".repeat(width), Style.DIM));

    String relation = ReportText.relation(r.relation()).toUpperCase(Locale.ROOT);
    Line verdict = new Line().add("Verdict  ", Style.BOLD);
    verdict.add(color ? " " + relation + " " : relation, relationStyle()); // padded when it has a background
    verdict.add("   score ", Style.PLAIN).add(ReportText.score(r.score()), Style.BOLD);
    verdict.add("   direction ", Style.PLAIN).add(ReportText.direction(r.direction()), Style.BOLD);
    if (r.direction() != null && r.direction() != Direction.UNKNOWN) {
      verdict.add("  (" + ReportText.directionExplained(r.direction()) + ")", Style.DIM);
    }
    emit(verdict);
    bullets("Why", r.reasons(), "•");
    bullets("Direction", r.directionReasons(), "•");
    blank();

    side('A', r.a());
    side('B', r.b());

    Evidence e = r.evidence();
    if (e != null) {
      String numbers = "A coverage " + ReportText.percent(e.aCoverage()) + " · B coverage "
          + ReportText.percent(e.bCoverage()) + " · " + e.alignedGroups() + " aligned group"
          + (e.alignedGroups() == 1 ? "" : "s") + " · mean similarity " + ReportText.score(e.meanSimilarity())
          + " · document similarity " + ReportText.score(e.documentSimilarity())
          + (e.model() == null ? "" : " · model " + ReportText.clean(e.model()));
      labelled(List.of(span("Evidence", Style.BOLD)), 10, List.of(plain(numbers)));
      if (!e.sharedFacts().isEmpty()) {
        labelled(List.of(), 10, List.of(span("shared facts: ", Style.DIM),
            plain(String.join(" · ", e.sharedFacts().stream().map(ReportText::clean).toList()))));
      }
    }
    if (!r.warnings().isEmpty()) {
      blank();
      emit(new Line().add("Warnings", Style.WARNING));
      for (String w : r.warnings()) {
        labelled(List.of(span("  !", Style.WARNING)), 4, List.of(plain(w)));
      }
    }
  }

  private Style relationStyle() {
    if (r.relation() == null) {
      return Style.BOLD;
    }
    return switch (r.relation()) {
      case DUPLICATE -> Style.DUPLICATE;
      case DERIVED -> Style.DERIVED;
      case RELATED -> Style.RELATED;
      case UNRELATED -> Style.UNRELATED;
    };
  }

  private void bullets(String heading, List<String> items, String bullet) {
    if (items.isEmpty()) {
      return;
    }
    emit(new Line().add(heading, Style.BOLD));
    for (String item : items) {
      labelled(List.of(plain("  " + bullet)), 4, List.of(plain(item)));
    }
  }

  private void side(char letter, Side side) {
    String title = side == null || ReportText.blankToNull(side.title()) == null ? "(untitled)" : side.title();
    labelled(List.of(span(String.valueOf(letter), Style.BOLD)), 3, List.of(span(title, Style.BOLD)));
    if (side != null) {
      List<String> meta = new ArrayList<>();
      if (ReportText.blankToNull(side.url()) != null) {
        meta.add(side.url().strip());
      }
      if (ReportText.blankToNull(side.published()) != null) {
        meta.add(side.published().strip());
      }
      if (ReportText.blankToNull(side.id()) != null && meta.isEmpty()) {
        meta.add(side.id().strip());
      }
      meta.add(side.sentences().size() + " sentence" + (side.sentences().size() == 1 ? "" : "s"));
      labelled(List.of(), 3, List.of(span(String.join(" · ", meta), Style.DIM)));
    }
  }

  // ------------------------------------------------------------------------------------------- alignment

  private void aligned() {
    List<Alignment> groups = new ArrayList<>(r.alignments().stream().filter(g -> g != null).toList());
    groups.sort(Comparator.comparingInt((Alignment g) -> first(g.a())).thenComparingInt(g -> first(g.b())));
    section("Aligned sentences (" + groups.size() + ")");
    if (groups.isEmpty()) {
      emit(new Line().add("  none", Style.DIM));
      return;
    }
    Line legend = new Line().add("  ", Style.PLAIN);
    if (color) {
      legend.add("deleted", Style.DELETED).add(" from A   ", Style.DIM).add("inserted", Style.INSERTED)
          .add(" in B", Style.DIM);
    } else {
      legend.add("[-deleted-] from A   {+inserted+} in B", Style.DIM);
    }
    emit(legend);
    for (Alignment g : groups) {
      blank();
      String la = ReportText.label('A', g.a());
      String lb = ReportText.label('B', g.b());
      Line head = new Line().add(la + " ↔ " + lb, Style.BOLD);
      if (g.kind() != null) {
        head.add("   " + g.kind().json(), Style.DIM);
      }
      head.add("   similarity " + ReportText.score(g.similarity()), Style.DIM);
      emit(head);

      List<WordDiff.Segment> diff = WordDiff.diff(ReportText.joined(textA, g.a()), ReportText.joined(textB, g.b()));
      int labelWidth = Math.max(TerminalText.width(la), TerminalText.width(lb)) + 4;
      labelled(List.of(plain("  " + la)), labelWidth, diffSpans(diff, WordDiff.Op.DELETED));
      if (WordDiff.changed(diff)) {
        labelled(List.of(plain("  " + lb)), labelWidth, diffSpans(diff, WordDiff.Op.INSERTED));
      } else {
        labelled(List.of(plain("  " + lb)), labelWidth, List.of(span("(same words)", Style.DIM)));
      }
    }
  }

  /** One side of a word diff: equal text plus this side's deletions or insertions. */
  private List<Span> diffSpans(List<WordDiff.Segment> diff, WordDiff.Op mine) {
    List<Span> spans = new ArrayList<>();
    for (WordDiff.Segment s : diff) {
      if (s.op() == WordDiff.Op.EQUAL) {
        spans.add(plain(s.text()));
      } else if (s.op() == mine) {
        boolean del = mine == WordDiff.Op.DELETED;
        if (color) {
          spans.add(span(s.text(), del ? Style.DELETED : Style.INSERTED));
        } else {
          // keep surrounding whitespace outside the markers: "[-red-] dog", not "[-red -]dog"
          String t = s.text();
          String core = t.strip();
          if (core.isEmpty()) {
            spans.add(plain(del ? "[-" + t + "-]" : "{+" + t + "+}"));
            continue;
          }
          int lead = t.indexOf(core);
          spans.add(plain(t.substring(0, lead)));
          spans.add(plain(del ? "[-" + core + "-]" : "{+" + core + "+}"));
          spans.add(plain(t.substring(lead + core.length())));
        }
      }
    }
    return spans;
  }

  private void only(char letter, List<Integer> indices, Map<Integer, String> texts, String what) {
    section("Only in " + letter + " (" + indices.size() + ")" + (indices.isEmpty() ? "" : ": " + what));
    if (indices.isEmpty()) {
      emit(new Line().add("  none", Style.DIM));
      return;
    }
    List<Integer> sorted = indices.stream().sorted().toList();
    int labelWidth = sorted.stream().mapToInt(i -> TerminalText.width(letter + String.valueOf(i))).max().orElse(2) + 4;
    for (Integer i : sorted) {
      String text = texts.getOrDefault(i, "(sentence " + i + " not in report)");
      labelled(List.of(plain("  " + letter + i)), labelWidth, List.of(plain(text)));
    }
  }

  // --------------------------------------------------------------------------------------------- changes

  private void changes() {
    List<Change> changes = ReportText.majorFirst(r.changes());
    long major = changes.stream().filter(c -> c.severity() == Severity.MAJOR).count();
    long minor = changes.stream().filter(c -> c.severity() == Severity.MINOR).count();
    section("Changes (" + changes.size() + (changes.isEmpty() ? "" : ": " + major + " major, " + minor + " minor")
        + ")");
    if (changes.isEmpty()) {
      emit(new Line().add("  no claim-level changes found", Style.DIM));
      return;
    }
    int numW = String.valueOf(changes.size()).length() + 1;
    int kindW = Math.max(4, changes.stream().mapToInt(c -> ReportText.kind(c).length()).max().orElse(4));
    int sevW = 5;
    int changeW = Math.min(26, Math.max(6,
        changes.stream().mapToInt(c -> TerminalText.width(ReportText.fromTo(c))).max().orElse(6)));
    int gap = 2;
    int rest = width - numW - kindW - sevW - gap * 5; // for CHANGE and the two texts
    int textW = (rest - changeW) / 2;
    if (textW < 16) { // narrow terminal: give the texts room at the expense of the CHANGE column
      changeW = Math.max(10, rest - 32);
      textW = Math.max(6, (rest - changeW) / 2);
    }
    int[] widths = {numW, kindW, sevW, changeW, textW, textW};

    List<String> headers = List.of("#", "KIND", "SEV", "CHANGE", "SOURCE (A)", "COPY (B)");
    List<List<Line>> headerCells = new ArrayList<>();
    for (int c = 0; c < headers.size(); c++) {
      headerCells.add(TerminalText.wrap(List.of(span(headers.get(c), Style.BOLD)), widths[c]));
    }
    row(headerCells, widths, gap);
    List<List<Line>> rule = new ArrayList<>();
    for (int w : widths) {
      rule.add(List.of(new Line().add("─".repeat(w), Style.DIM)));
    }
    row(rule, widths, gap);

    int n = 0;
    for (Change c : changes) {
      n++;
      if (n > 1) {
        blank();
      }
      Style sev = c.severity() == Severity.MAJOR ? Style.MAJOR : c.severity() == Severity.MINOR ? Style.MINOR
          : Style.PLAIN;
      String sevText = c.severity() == Severity.MAJOR ? "MAJOR" : ReportText.severity(c.severity());
      List<List<Line>> cells = new ArrayList<>();
      cells.add(TerminalText.wrap(List.of(plain(n + ".")), numW));
      cells.add(TerminalText.wrap(List.of(span(ReportText.kind(c), Style.BOLD)), kindW));
      cells.add(TerminalText.wrap(List.of(span(sevText, sev)), sevW));
      cells.add(TerminalText.truncate(TerminalText.wrap(List.of(plain(ReportText.fromTo(c))), changeW),
          MAX_CELL_LINES, changeW));
      cells.add(textCell('A', c.aSentences(), c.aText(), focus(c.from(), c.value()), Style.FOCUS_A, textW));
      cells.add(textCell('B', c.bSentences(), c.bText(), focus(c.to(), c.value()), Style.FOCUS_B, textW));
      row(cells, widths, gap);
      if (ReportText.blankToNull(c.detail()) != null) {
        int indent = numW + gap;
        labelled(List.of(plain(" ".repeat(indent)), span("↳", Style.DIM)), indent + 2,
            List.of(span(c.detail(), Style.DIM)));
      }
    }
  }

  private static String focus(String primary, String fallback) {
    return ReportText.blankToNull(primary) != null ? primary : fallback;
  }

  private List<Line> textCell(char letter, List<Integer> sentences, String text, String focus, Style focusStyle,
      int cellWidth) {
    List<Span> spans = new ArrayList<>();
    if (!sentences.isEmpty()) {
      spans.add(span(ReportText.label(letter, sentences) + " ", Style.DIM));
    }
    if (ReportText.blankToNull(text) == null) {
      spans.add(span(letter == 'A' ? "(not in source)" : "(not in copy)", Style.DIM));
    } else {
      int budget = cellWidth * MAX_CELL_LINES - cellWidth / 2 - TerminalText.width(spans.isEmpty() ? ""
          : spans.get(0).text());
      String shortText = ReportText.shorten(ReportText.clean(text), focus, Math.max(12, budget));
      spans.addAll(highlight(shortText, focus, focusStyle));
    }
    return TerminalText.truncate(TerminalText.wrap(spans, cellWidth), MAX_CELL_LINES, cellWidth);
  }

  /** The text with its first occurrence of {@code focus} styled (colour only; plain output stays clean). */
  private List<Span> highlight(String text, String focus, Style style) {
    String f = ReportText.blankToNull(focus);
    if (f == null || !color) {
      return List.of(plain(text));
    }
    int at = text.toLowerCase(Locale.ROOT).indexOf(f.toLowerCase(Locale.ROOT));
    if (at < 0) {
      return List.of(plain(text));
    }
    return List.of(plain(text.substring(0, at)), span(text.substring(at, at + f.length()), style),
        plain(text.substring(at + f.length())));
  }

  private void row(List<List<Line>> cells, int[] widths, int gap) {
    int height = cells.stream().mapToInt(List::size).max().orElse(1);
    for (int i = 0; i < height; i++) {
      Line line = new Line();
      for (int c = 0; c < cells.size(); c++) {
        if (c > 0) {
          line.pad(line.width() + gap);
        }
        List<Line> cell = cells.get(c);
        int target = line.width() + widths[c];
        if (i < cell.size()) {
          line.add(cell.get(i));
        }
        if (c < cells.size() - 1) {
          line.pad(target);
        }
      }
      line.stripTrailing();
      emit(line);
    }
  }

  // ------------------------------------------------------------------------------------------- preserved

  private void preserved() {
    List<Preserved> kept = r.preserved().stream().filter(p -> p != null).toList();
    section("Preserved (" + kept.size() + ")" + (kept.isEmpty() ? "" : ": claims the copy kept intact"));
    if (kept.isEmpty()) {
      emit(new Line().add("  none", Style.DIM));
      return;
    }
    List<Preserved> shown = kept.subList(0, Math.min(MAX_PRESERVED, kept.size()));
    int kindW = shown.stream().mapToInt(p -> TerminalText.width(nz(p.kind()))).max().orElse(4);
    int valueW = Math.min(18, shown.stream().mapToInt(p -> TerminalText.width(nz(p.value()))).max().orElse(0));
    int refW = shown.stream().mapToInt(p -> TerminalText.width(ref(p))).max().orElse(8);
    int textW = Math.max(20, width - 2 - kindW - 2 - (valueW > 0 ? valueW + 2 : 0) - refW - 2);
    for (Preserved p : shown) {
      Line line = new Line().add("  ", Style.PLAIN).add(ReportText.clean(nz(p.kind())), Style.BOLD);
      line.pad(2 + kindW + 2);
      if (valueW > 0) {
        line.add(ReportText.shorten(ReportText.clean(nz(p.value())), null, valueW), Style.PLAIN);
        line.pad(2 + kindW + 2 + valueW + 2);
      }
      line.add(ref(p), Style.DIM);
      line.pad(line.width() + 2 + refW - TerminalText.width(ref(p)));
      line.add(ReportText.shorten(ReportText.clean(nz(p.text())), p.value(), textW), Style.PLAIN);
      line.stripTrailing();
      emit(line);
    }
    if (kept.size() > shown.size()) {
      emit(new Line().add("  … and " + (kept.size() - shown.size()) + " more", Style.DIM));
    }
  }

  private static String ref(Preserved p) {
    return "A" + p.aSentence() + " ↔ B" + p.bSentence();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  // -------------------------------------------------------------------------------------------- plumbing

  private static int first(List<Integer> indices) {
    return indices.stream().mapToInt(Integer::intValue).min().orElse(Integer.MAX_VALUE);
  }

  private void section(String title) {
    blank();
    Line line = new Line().add("── ", Style.DIM).add(title, Style.BOLD).add(" ", Style.PLAIN);
    line.add("─".repeat(Math.max(3, width - line.width())), Style.DIM);
    emit(line);
  }

  /** {@code label} then {@code body} wrapped so that continuation lines start at column {@code indent}. */
  private void labelled(List<Span> label, int indent, List<Span> body) {
    Line prefix = new Line();
    for (Span s : label) {
      prefix.add(s.text(), s.style());
    }
    int bodyIndent = Math.max(indent, prefix.width() + 1);
    List<Line> lines = TerminalText.wrap(body, width - bodyIndent);
    for (int i = 0; i < lines.size(); i++) {
      Line line = i == 0 ? prefix : new Line();
      line.pad(bodyIndent).add(lines.get(i));
      line.stripTrailing();
      emit(line);
    }
  }

  private void blank() {
    out.append('\n');
  }

  private void emit(Line line) {
    out.append(line.render(color)).append('\n');
  }

}
