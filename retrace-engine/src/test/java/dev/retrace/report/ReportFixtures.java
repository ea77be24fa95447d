package dev.retrace.report;

import dev.retrace.alignment.Alignment;
import dev.retrace.alignment.AlignmentKind;
import dev.retrace.changes.Change;
import dev.retrace.changes.ChangeKind;
import dev.retrace.changes.Preserved;
import dev.retrace.changes.Severity;
import dev.retrace.verdict.Direction;
import dev.retrace.verdict.Relation;
import java.util.ArrayList;
import java.util.List;

/** Hand-built reports for the renderer tests. */
final class ReportFixtures {
  static final String HOSTILE = "Officials said <script>alert(1)</script> was found, with \"quotes\" & ampersands.";
  static final String HOSTILE_COPY = "Officials claimed <script>alert(1)</script> was found, with \"quotes\" & ampersands.";

  static final List<String> A_SENTENCES = List.of(
      "Ukraine's General Staff said on November 11 that Russia had suffered more than 2,030 personnel losses in the past day.",
      "If the figures are accurate, it would be the highest daily toll since the invasion began.",
      "The ministry did not provide evidence for the claim.",
      HOSTILE,
      "Analysts at the Institute for the Study of War said the assaults were concentrated near Pokrovsk.",
      "\"We are holding the line,\" a brigade commander told reporters.");

  static final List<String> B_SENTENCES = List.of(
      "Russia lost 2,300 soldiers killed in a single day earlier this month, Ukraine says.",
      "It is the highest daily toll since the invasion began.",
      HOSTILE_COPY,
      "Analysts at the Institute for the Study of War said the assaults were concentrated near Pokrovsk.",
      "\"We are holding the front,\" a commander said.",
      "Western officials expect the offensive to continue into the winter.");

  static ComparisonReport sample() {
    List<Change> changes = new ArrayList<>();
    changes.add(new Change(ChangeKind.QUALIFIER_CHANGED, Severity.MINOR, "more than 2,030 personnel losses",
        "2,300 soldiers killed", List.of(0), List.of(0), "2,030", "more than", "exactly",
        "The bound \"more than\" was dropped."));
    changes.add(new Change(ChangeKind.NUMBER_CHANGED, Severity.MAJOR, A_SENTENCES.get(0), B_SENTENCES.get(0),
        List.of(0), List.of(0), "2,030", "2,030", "2,300", "The copy reports 2,300 where the source said 2,030."));
    changes.add(new Change(ChangeKind.CATEGORY_CHANGED, Severity.MAJOR, "2,030 personnel losses",
        "2,300 soldiers killed", List.of(0), List.of(0), "2,030", "personnel losses", "killed",
        "Personnel losses (killed, wounded, captured) became deaths."));
    changes.add(new Change(ChangeKind.TIME_CHANGED, Severity.MINOR, "on November 11", "earlier this month",
        List.of(0), List.of(0), null, "November 11", "earlier this month", "A specific date became vague."));
    changes.add(new Change(ChangeKind.HEDGE_DROPPED, Severity.MAJOR, A_SENTENCES.get(1), B_SENTENCES.get(1),
        List.of(1), List.of(1), null, "If the figures are accurate", null, "The caveat is gone."));
    changes.add(new Change(ChangeKind.ATTRIBUTION_CHANGED, Severity.MINOR, HOSTILE, HOSTILE_COPY, List.of(3),
        List.of(2), null, "said", "claimed", "Attribution verb <b>changed</b> & \"hardened\"."));
    changes.add(new Change(ChangeKind.QUOTE_ALTERED, Severity.MAJOR, A_SENTENCES.get(5), B_SENTENCES.get(4),
        List.of(5), List.of(4), null, "We are holding the line", "We are holding the front",
        "The quotation's words changed."));
    changes.add(new Change(ChangeKind.DROPPED_CONTENT, Severity.MINOR, A_SENTENCES.get(2), null, List.of(2),
        List.of(), null, null, null, "The copy leaves out that no evidence was provided."));
    changes.add(new Change(ChangeKind.ADDED_UNSUPPORTED, Severity.MINOR, null, B_SENTENCES.get(5), List.of(),
        List.of(5), null, null, null, "The copy adds a forecast the source does not make."));

    List<Alignment> alignments = List.of(
        new Alignment(List.of(0), List.of(0), AlignmentKind.PARAPHRASE, 0.71),
        new Alignment(List.of(1), List.of(1), AlignmentKind.NEAR_VERBATIM, 0.88),
        new Alignment(List.of(3), List.of(2), AlignmentKind.NEAR_VERBATIM, 0.93),
        new Alignment(List.of(4), List.of(3), AlignmentKind.VERBATIM, 1.0),
        new Alignment(List.of(5), List.of(4), AlignmentKind.NEAR_VERBATIM, 0.81));

    List<Preserved> preserved = List.of(
        new Preserved("quotation", "\"We are holding\"", null, 5, 4),
        new Preserved("attribution", "Analysts at the Institute for the Study of War said", null, 4, 3),
        new Preserved("quantity", "highest daily toll", "1", 1, 1));

    return new ComparisonReport(ComparisonReport.FORMAT_VERSION, "pair-7", Relation.DERIVED, 0.87, Direction.A_TO_B,
        List.of("B omits source-only details that A has (the General Staff, November 11)."),
        List.of("83% of B's sentences align with A", "4 distinctive facts shared: 2,030, Pokrovsk, ISW, a quotation"),
        new Evidence(0.78, 0.83, 5, 0.866, 0.94, 0.9, 0.91, List.of("2,030", "Pokrovsk", "\"We are holding\"")),
        side("a", "Russia suffers record losses, Ukraine says", "https://example.org/a", "2024-11-11", A_SENTENCES),
        side("b", "Russia lost 2,300 soldiers <em>in a day</em> & more", "javascript:alert(2)", null, B_SENTENCES),
        alignments, List.of(2), List.of(5), changes, preserved,
        List.of("Copy is short (6 sentences); figures may be unreliable."));
  }

  static Side side(String id, String title, String url, String published, List<String> sentences) {
    List<SentenceView> views = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      views.add(new SentenceView(i, sentences.get(i)));
    }
    return new Side(id, title, url, published, views);
  }

  /** A report with nothing in it: no alignments, changes or preserved claims; null evidence and titles. */
  static ComparisonReport empty() {
    return new ComparisonReport(ComparisonReport.FORMAT_VERSION, null, Relation.UNRELATED, 0.02, Direction.UNKNOWN,
        List.of(), List.of("Nothing aligns."), null, new Side("a", null, null, null, List.of()),
        new Side("b", null, null, null, List.of()), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of());
  }

  private ReportFixtures() {}
}
