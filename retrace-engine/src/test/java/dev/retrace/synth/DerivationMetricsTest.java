package dev.retrace.synth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retrace.changes.Change;
import dev.retrace.changes.ChangeKind;
import dev.retrace.changes.Severity;
import dev.retrace.eval.Evaluation;
import dev.retrace.eval.FileMetrics;
import dev.retrace.eval.Prediction;
import java.util.List;
import org.junit.jupiter.api.Test;

/** eval's per-derivation and per-change-kind metrics on synth-style predictions. */
class DerivationMetricsTest {
  private static Change change(ChangeKind kind) {
    return new Change(kind, Severity.MAJOR, "a", "b", List.of(), List.of(), null, null, null, "x");
  }

  @Test
  void perKindPrecisionAndRecall() {
    List<Prediction> p = List.of(
        new Prediction("1", "derivation", 1, true, List.of(change(ChangeKind.NUMBER_CHANGED)), 1, List.of("number_changed"), "exact"),
        new Prediction("2", "derivation", 1, true, List.of(), 1, List.of("number_changed"), "near"),
        new Prediction("3", "derivation", 1, true, List.of(change(ChangeKind.NUMBER_CHANGED)), 1, List.of(), "near"),
        new Prediction("4", "derivation", 0.2, false, List.of(), 1, List.of(), "paraphrased"),
        new Prediction("5", "derivation", 0.9, true, List.of(change(ChangeKind.NUMBER_CHANGED)), 0, List.of(), "none"),
        new Prediction("6", "derivation", 0.1, false, List.of(), 0, List.of(), "none"));
    FileMetrics m = Evaluation.of("f", p, 0);
    assertThat(m.f1()).isEqualTo(0.75); // tp 3, fp 1, fn 1
    assertThat(m.byDerivation().get("exact").recall()).isEqualTo(1.0);
    assertThat(m.byDerivation().get("exact").precision()).isEqualTo(0.5); // one hard negative called derived
    assertThat(m.byDerivation().get("paraphrased").recall()).isEqualTo(0.0);
    assertThat(m.byDerivation().get("none").recall()).isEqualTo(0.5);
    FileMetrics.KindMetrics number = m.byChangeKind().get("number_changed");
    assertThat(number.n()).isEqualTo(2);
    assertThat(number.recall()).isEqualTo(0.5);
    assertThat(number.precision()).isEqualTo(0.5); // reported on pairs 1 and 3 (negatives do not count)
  }

  @Test
  void directionIsComparedWithTheKnownSourcePerDerivation() {
    List<Prediction> p = List.of(
        new Prediction("1", "derivation", 1, true, List.of(), 1, List.of(), "partial", "a->b", "a->b"),
        new Prediction("2", "derivation", 1, true, List.of(), 1, List.of(), "partial", "unknown", "a->b"),
        new Prediction("3", "derivation", 1, true, List.of(), 1, List.of(), "partial", "a->b", "b->a"),
        new Prediction("4", "derivation", 1, true, List.of(), 1, List.of(), "exact", "unknown", "a->b"),
        new Prediction("5", "derivation", 0.1, false, List.of(), 0, List.of(), "none", "unknown", null));
    FileMetrics m = Evaluation.of("f", p, 0);
    assertThat(m.directionByDerivation()).containsOnlyKeys("partial", "exact"); // the negative has no known source
    assertThat(m.directionByDerivation().get("partial")).isEqualTo(new FileMetrics.DirectionMetrics(3, 1, 1, 1));
    assertThat(m.directionByDerivation().get("exact")).isEqualTo(new FileMetrics.DirectionMetrics(1, 0, 0, 1));
  }
}
