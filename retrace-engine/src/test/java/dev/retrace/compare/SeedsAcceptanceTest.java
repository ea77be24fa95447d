package dev.retrace.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retrace.Retrace;
import dev.retrace.changes.Change;
import dev.retrace.changes.ChangeKind;
import dev.retrace.documents.DocumentReader;
import dev.retrace.report.ComparisonReport;
import dev.retrace.report.ReportJson;
import dev.retrace.verdict.Direction;
import dev.retrace.verdict.Relation;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The first acceptance case: seed 001 is a rewrite of 000 that changes facts; 002 is another story on the
 * same topic. Expectations come from reading the articles, not from the engine's output.
 */
class SeedsAcceptanceTest {
  static Retrace retrace;
  static ComparisonReport forward;

  @BeforeAll
  static void compare() throws Exception {
    retrace = Retrace.create();
    forward = retrace.compare(DocumentReader.read(SharedData.seed("000")), DocumentReader.read(SharedData.seed("001")));
  }

  @Test
  void rewriteIsDerivedFromTheOriginal() {
    assertThat(forward.relation()).isEqualTo(Relation.DERIVED);
    assertThat(forward.direction()).isEqualTo(Direction.A_TO_B);
    assertThat(forward.directionReasons()).isNotEmpty();
  }

  @Test
  void directionFlipsWhenSwapped() throws Exception {
    ComparisonReport swapped =
        retrace.compare(DocumentReader.read(SharedData.seed("001")), DocumentReader.read(SharedData.seed("000")));
    assertThat(swapped.relation()).isEqualTo(Relation.DERIVED);
    assertThat(swapped.direction()).isEqualTo(Direction.B_TO_A);
  }

  /** Candidate verification (scan, trace) reaches the same verdict and changes without embedding the leads. */
  @Test
  void verificationMatchesTheFullComparisonWithoutEmbeddingLeads() throws Exception {
    ArticleAnalysis a = retrace.analyze(DocumentReader.read(SharedData.seed("000")));
    ArticleAnalysis b = retrace.analyze(DocumentReader.read(SharedData.seed("001")));
    ComparisonReport verified = retrace.verify(a, b);
    assertThat(a.leadEmbedding().computed()).isFalse();
    assertThat(b.leadEmbedding().computed()).isFalse();
    assertThat(verified.evidence().leadSimilarity()).isNull();
    assertThat(ReportJson.compact(verified)).doesNotContain("lead_similarity");
    assertThat(ReportJson.compact(forward)).contains("\"lead_similarity\":");
    assertThat(verified.relation()).isEqualTo(forward.relation());
    assertThat(verified.score()).isEqualTo(forward.score());
    assertThat(verified.direction()).isEqualTo(forward.direction());
    assertThat(verified.changes()).isEqualTo(forward.changes());
    assertThat(verified.alignments()).isEqualTo(forward.alignments());

    ComparisonReport full = retrace.compare(a, b);
    assertThat(full.evidence().leadSimilarity()).isEqualTo(forward.evidence().leadSimilarity()).isBetween(0.5, 1.0);
    // Every report names the model behind its similarities, so stored reports can be compared like with like.
    assertThat(full.evidence().model()).isEqualTo(verified.evidence().model())
        .isEqualTo(dev.retrace.embeddings.SentenceModel.selected().id());
    assertThat(ReportJson.compact(full)).contains("\"model\":\"" + full.evidence().model() + "\"");
    assertThat(a.leadEmbedding().computed()).isTrue();
  }

  @Test
  void boilerplateIsNotContent() {
    assertThat(forward.b().sentences()).hasSize(16);
    assertThat(forward.b().sentences()).noneMatch(s -> s.text().contains("Comment"));
  }

  /** Which source sentence(s) each rewrite sentence restates, read off the two articles by hand. */
  @Test
  void atLeastTwelveRewriteSentencesAlignToTheirSources() {
    Map<String, String> expected = Map.ofEntries(
        Map.entry("100,000 peacekeepers in Ukraine as part of a strategy", "as part of its plan to prepare Kyiv"),
        Map.entry("under the guise of a peacekeeping mission", "under the guise of deploying"),
        Map.entry("did not provide any evidence", "No evidence has been provided"),
        Map.entry("firmly stated", "no intention of deploying forces"),
        Map.entry("aims to \"freeze\"", "wants to \"freeze\""),
        Map.entry("rebuild Ukraine's military-industrial complex", "train at least a million"),
        Map.entry("the West views this scenario", "The West considers the implementation"),
        Map.entry("without sufficient weapons and ammunition", "without providing the Ukrainian Armed Forces"),
        Map.entry("the West's way of addressing", "the West's way of \"solving"),
        Map.entry("losses hit over 2,000 troops", "casualties hit more than 2,000"),
        Map.entry("2,030 Russian personnel were killed", "2,030 personnel losses"),
        Map.entry("previous record of 1,950 deaths", "Russia lost 1,950 troops"),
        Map.entry("have reached 738,660", "to 738,660"),
        Map.entry("release its own casualty data", "does not publicize its military losses"));
    int correct = 0;
    for (var e : expected.entrySet()) {
      int b = indexOf(forward.b().sentences(), e.getKey());
      int a = indexOf(forward.a().sentences(), e.getValue());
      boolean linked = forward.alignments().stream().anyMatch(g -> g.b().contains(b) && g.a().contains(a));
      if (linked) {
        correct++;
      }
    }
    assertThat(correct).as("rewrite sentences aligned to the right source sentence").isGreaterThanOrEqualTo(12);
  }

  @Test
  void relabelledFiguresAreCategoryChanges() {
    assertThat(changes(ChangeKind.CATEGORY_CHANGED)).extracting(Change::value)
        .contains("2,030", "1,950", "42,250");
  }

  @Test
  void rewordedQuotationIsFlagged() {
    assertThat(changes(ChangeKind.QUOTE_ALTERED))
        .anyMatch(c -> c.bText().contains("under the guise of a peacekeeping mission"));
  }

  @Test
  void addedCommentaryIsUnsupported() {
    assertThat(changes(ChangeKind.ADDED_UNSUPPORTED))
        .anyMatch(c -> c.bText().startsWith("Despite this, the reported losses reflect"));
    Predicate<Change> bothSides = c -> c.bText() != null && c.bText().contains("rising casualties on both sides");
    assertThat(forward.changes()).filteredOn(bothSides).extracting(Change::kind)
        .containsAnyOf(ChangeKind.GENERALIZATION, ChangeKind.ADDED_UNSUPPORTED);
  }

  @Test
  void droppedFactsAreListed() {
    List<Change> dropped = changes(ChangeKind.DROPPED_CONTENT);
    assertThat(dropped).anyMatch(c -> c.aText().contains("1,770") && c.aText().contains("3,720"));
    assertThat(dropped).anyMatch(c -> c.aText().startsWith("Newsweek has contacted NATO"));
  }

  @Test
  void keptFiguresArePreservedNotChanged() {
    for (String kept : List.of("100,000", "738,660")) {
      assertThat(forward.preserved()).as(kept).anyMatch(p -> kept.equals(p.value()));
      assertThat(forward.changes()).as(kept)
          .noneMatch(c -> kept.equals(c.value()) && c.kind() != ChangeKind.DROPPED_CONTENT);
    }
    assertThat(forward.preserved()).anyMatch(p -> "quantity".equals(p.kind()) && p.text().contains("million"));
    assertThat(forward.changes()).noneMatch(c -> c.from() != null && c.from().contains("at least a million"));
  }

  @Test
  void otherStoryOnTheSameTopicIsNotDerived() throws Exception {
    var other = DocumentReader.read(SharedData.seed("002"));
    for (String seed : List.of("000", "001")) {
      var doc = DocumentReader.read(SharedData.seed(seed));
      for (ComparisonReport r : List.of(retrace.compare(doc, other), retrace.compare(other, doc))) {
        assertThat(r.relation()).as(seed + " vs 002").isIn(Relation.RELATED, Relation.UNRELATED);
      }
    }
  }

  private static List<Change> changes(ChangeKind kind) {
    return forward.changes().stream().filter(c -> c.kind() == kind).toList();
  }

  private static int indexOf(List<dev.retrace.report.SentenceView> sentences, String fragment) {
    for (var s : sentences) {
      if (s.text().contains(fragment)) {
        return s.index();
      }
    }
    throw new AssertionError("no sentence contains: " + fragment);
  }

}
