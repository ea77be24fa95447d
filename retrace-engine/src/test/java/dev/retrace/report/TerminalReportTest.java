package dev.retrace.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retrace.alignment.Alignment;
import dev.retrace.alignment.AlignmentKind;
import dev.retrace.verdict.Direction;
import dev.retrace.verdict.Relation;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TerminalReportTest {
  private static final String ESC = "\u001b";

  @Test
  void plainOutputHasNoEscapesAndMarksDifferencesInBrackets() {
    String out = TerminalReport.render(ReportFixtures.sample(), false);
    assertThat(out).doesNotContain(ESC);
    assertThat(out).contains("Officials [-said-] <script>alert(1)</script> was found");
    assertThat(out).contains("Officials {+claimed+} <script>alert(1)</script> was found");
    assertThat(out).contains("\"We are holding the [-line-],\" a [-brigade-] commander [-told reporters-].");
    assertThat(out).contains("\"We are holding the {+front+},\" a commander {+said+}.");
  }

  @Test
  void headerShowsVerdictReasonsTitlesAndEvidence() {
    String out = TerminalReport.render(ReportFixtures.sample(), false);
    String verdict = out.lines().filter(l -> l.startsWith("Verdict")).findFirst().orElseThrow();
    assertThat(verdict).contains("DERIVED", "score 0.87", "direction A → B", "B was derived from A");
    assertThat(out).contains("  • 83% of B's sentences align with A");
    assertThat(out).contains("  • B omits source-only details that A has (the General Staff, November 11).");
    assertThat(out).contains("A  Russia suffers record losses, Ukraine says");
    assertThat(out).contains("B  Russia lost 2,300 soldiers <em>in a day</em> & more");
    assertThat(out).contains("A coverage 78%", "B coverage 83%", "5 aligned groups", "document similarity 0.94");
    assertThat(out).contains("! Copy is short (6 sentences); figures may be unreliable.");
  }

  @Test
  void alignedGroupsAreLabelledWithIndicesKindAndSimilarity() {
    String out = TerminalReport.render(ReportFixtures.sample(), false);
    assertThat(out).contains("── Aligned sentences (5)");
    assertThat(out).contains("A3 ↔ B2   near_verbatim   similarity 0.93");
    assertThat(out).contains("A4 ↔ B3   verbatim   similarity 1.00");
    // A text above B text
    int a = out.indexOf("  A3  Officials");
    int b = out.indexOf("  B2  Officials");
    assertThat(a).isPositive().isLessThan(b);
    assertThat(out).contains("  B3  (same words)");
  }

  @Test
  void theEvidenceLineNamesTheModelWhenTheReportDoes() {
    ComparisonReport base = ReportFixtures.sample();
    assertThat(TerminalReport.render(base, false)).doesNotContain("· model ");
    ComparisonReport named = new ComparisonReport(base.formatVersion(), null, base.relation(), base.score(),
        base.direction(), base.directionReasons(), base.reasons(), base.evidence().withModel("minilm"), base.a(),
        base.b(), base.alignments(), base.unalignedA(), base.unalignedB(), base.changes(), base.preserved(),
        base.warnings());
    assertThat(TerminalReport.render(named, false).replaceAll("\\s+", " "))
        .contains("document similarity 0.94 · model minilm");
  }

  @Test
  void multiSentenceGroupsShowJoinedTextAndRangeLabels() {
    ComparisonReport base = ReportFixtures.sample();
    ComparisonReport merged = new ComparisonReport(base.formatVersion(), null, base.relation(), base.score(),
        base.direction(), base.directionReasons(), base.reasons(), base.evidence(), base.a(), base.b(),
        List.of(new Alignment(List.of(4, 5), List.of(3), AlignmentKind.PARAPHRASE, 0.6)), List.of(), List.of(),
        List.of(), List.of(), List.of());
    String out = TerminalReport.render(merged, false);
    assertThat(out).contains("A4-5 ↔ B3   paraphrase   similarity 0.60");
    assertThat(out.replaceAll("\\s+", " "))
        .contains("A4-5 Analysts at the Institute")
        .contains("Pokrovsk. [-\"We are holding the line,\" a brigade commander told reporters.-]");
  }

  @Test
  void onlyInSectionsListTheUnalignedSentences() {
    String out = TerminalReport.render(ReportFixtures.sample(), false);
    assertThat(out).contains("── Only in A (1)").contains("  A2  The ministry did not provide evidence for the claim.");
    assertThat(out).contains("── Only in B (1)")
        .contains("  B5  Western officials expect the offensive to continue into the winter.");
  }

  @Test
  void changesTableListsMajorFirstWithFromToAndBothTexts() {
    String out = TerminalReport.render(ReportFixtures.sample(), false);
    assertThat(out).contains("── Changes (9: 4 major, 5 minor)");
    assertThat(out).containsPattern("#\\s+KIND\\s+SEV\\s+CHANGE\\s+SOURCE \\(A\\)\\s+COPY \\(B\\)");
    List<String> rows = out.lines().filter(l -> l.matches("\\d+\\.\\s+\\w+\\s+(MAJOR|minor)\\s.*")).toList();
    assertThat(rows).hasSize(9);
    assertThat(rows.subList(0, 4)).allMatch(l -> l.contains("MAJOR"));
    assertThat(rows.subList(4, 9)).allMatch(l -> l.contains("minor"));
    assertThat(rows.get(0)).containsPattern("number_changed\\s+MAJOR\\s+2,030 → 2,300\\s+A0 ");
    assertThat(out).contains("said → claimed");
    assertThat(out).contains("(not in copy)").contains("(not in source)");
    assertThat(out).contains("↳ The copy reports 2,300 where the source said 2,030.");
    // the long sentence is cut to a window around the changed figure
    String numberRow = out.substring(out.indexOf("1.  number_changed"), out.indexOf("↳ The copy reports"));
    assertThat(numberRow).contains("…").contains("2,030 personnel losses");
  }

  @Test
  void linesFitTheWidth() {
    for (int width : new int[] {120, 80}) {
      String out = TerminalReport.render(ReportFixtures.sample(), false, width);
      assertThat(out.lines()).allSatisfy(l -> assertThat(TerminalText.width(l)).as(l).isLessThanOrEqualTo(width));
    }
    String colored = TerminalReport.render(ReportFixtures.sample(), true);
    assertThat(colored.lines()).allSatisfy(l -> assertThat(TerminalText.width(stripAnsi(l))).isLessThanOrEqualTo(120));
  }

  @Test
  void preservedClaimsAreListed() {
    String out = TerminalReport.render(ReportFixtures.sample(), false);
    assertThat(out).contains("── Preserved (3)");
    assertThat(out).containsPattern("quotation\\s+A5 ↔ B4\\s+\"We are holding\"");
    assertThat(out).containsPattern("quantity\\s+1\\s+A1 ↔ B1\\s+highest daily toll");
  }

  @Test
  void colourOutputUsesAnsiForDifferencesOnly() {
    String out = TerminalReport.render(ReportFixtures.sample(), true);
    assertThat(out).contains(ESC + "[31;9msaid" + ESC + "[0m");
    assertThat(out).contains(ESC + "[32mclaimed" + ESC + "[0m");
    assertThat(out).doesNotContain("[-said-]").doesNotContain("{+claimed+}");
    // every escape is a colour code, always reset
    assertThat(out.replaceAll(ESC + "\\[[0-9;]*m", "")).doesNotContain(ESC);
    assertThat(stripAnsi(out)).contains("Officials said <script>alert(1)</script>");
  }

  @Test
  void controlCharactersInArticleTextNeverReachTheTerminal() {
    String evil = "Clear screen \u001b[2J and \u001b]0;title\u0007 and \u202Ereversed\u202C text.\r\nNext line.";
    ComparisonReport r = new ComparisonReport(1, null, Relation.RELATED, 0.4, Direction.UNKNOWN, List.of(),
        List.of(evil), null, ReportFixtures.side("a", evil, null, null, List.of(evil)),
        ReportFixtures.side("b", "B", null, null, List.of("Other.")), List.of(), List.of(0), List.of(0), List.of(),
        List.of(), List.of(evil));
    String plain = TerminalReport.render(r, false);
    assertThat(plain).doesNotContain(ESC).doesNotContain("\u0007").doesNotContain("\u202E").doesNotContain("\r");
    assertThat(plain).contains("Clear screen [2J and ]0;title and reversed text. Next line.");
    String colored = TerminalReport.render(r, true);
    assertThat(colored.replaceAll(ESC + "\\[[0-9;]*m", "")).doesNotContain(ESC).doesNotContain("\u0007");
  }

  @Test
  void emptyReportRenders() {
    String out = TerminalReport.render(ReportFixtures.empty(), false);
    assertThat(out).contains("UNRELATED", "direction unknown", "(untitled)", "Aligned sentences (0)",
        "no claim-level changes found", "Preserved (0)");
    assertThat(out).doesNotContain("Evidence");
    assertThat(TerminalReport.render(ReportFixtures.empty(), true)).contains("UNRELATED");
  }

  @Test
  void wrapsLongWordsAndWideCharacters() {
    char[] longWord = new char[300];
    Arrays.fill(longWord, 'x');
    String wide = "東京で大きな地震があったと気象庁が発表した。".repeat(10);
    ComparisonReport r = new ComparisonReport(1, null, Relation.RELATED, 0.4, Direction.B_TO_A, List.of(),
        List.of(), null, ReportFixtures.side("a", "A", null, null, List.of(new String(longWord), wide)),
        ReportFixtures.side("b", "B", null, null, List.of("x")), List.of(), List.of(0, 1), List.of(0), List.of(),
        List.of(), List.of());
    String out = TerminalReport.render(r, false);
    assertThat(out).contains("direction B → A");
    assertThat(out.lines()).allSatisfy(l -> assertThat(TerminalText.width(l)).isLessThanOrEqualTo(120));
    assertThat(out.replaceAll("[\\s]", "")).contains(new String(longWord));
  }

  private static String stripAnsi(String s) {
    return s.replaceAll(ESC + "\\[[0-9;]*m", "");
  }
}
