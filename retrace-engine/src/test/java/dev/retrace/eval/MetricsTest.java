package dev.retrace.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsTest {
  @Test
  void confusionMetrics() {
    // decisions vs gold: TP, TP, FP, FN, TN
    var c = Metrics.Confusion.of(List.of(true, true, true, false, false), List.of(true, true, false, true, false));
    assertThat(c).isEqualTo(new Metrics.Confusion(2, 1, 1, 1));
    assertThat(c.accuracy()).isCloseTo(0.6, within(1e-9));
    assertThat(c.precision()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(c.recall()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(c.f1()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(c.balancedAccuracy()).isCloseTo((2.0 / 3 + 0.5) / 2, within(1e-9));
  }

  @Test
  void rocAucCountsOrderedPairsAndHalfTies() {
    assertThat(Metrics.rocAuc(List.of(0.9, 0.8, 0.3, 0.1), List.of(true, true, false, false))).isEqualTo(1.0);
    assertThat(Metrics.rocAuc(List.of(0.1, 0.2, 0.8, 0.9), List.of(true, true, false, false))).isEqualTo(0.0);
    // positives {0.5, 0.2}, negatives {0.5, 0.1}: pairs (0.5>0.1)=1, (0.5=0.5)=0.5, (0.2>0.1)=1, (0.2<0.5)=0
    assertThat(Metrics.rocAuc(List.of(0.5, 0.2, 0.5, 0.1), List.of(true, true, false, false))).isEqualTo(2.5 / 4);
    assertThat(Metrics.rocAuc(List.of(0.5, 0.2), List.of(true, true))).isNaN();
  }

  @Test
  void correlations() {
    List<Double> x = List.of(1.0, 2.0, 3.0, 4.0);
    assertThat(Metrics.pearson(x, List.of(2.0, 4.0, 6.0, 8.0))).isCloseTo(1.0, within(1e-9));
    assertThat(Metrics.spearman(x, List.of(1.0, 10.0, 100.0, 1000.0))).isCloseTo(1.0, within(1e-9));
    assertThat(Metrics.spearman(x, List.of(4.0, 3.0, 2.0, 1.0))).isCloseTo(-1.0, within(1e-9));
  }

  @Test
  void evaluationUsesTheMetricsOfTheTask() {
    List<Prediction> p = List.of(
        new Prediction("1", "consistency", 0.9, true, List.of(), 1, List.of()),
        new Prediction("2", "consistency", 0.2, false, List.of(), 0, List.of("entity_modification")),
        new Prediction("3", "consistency", 0.7, true, List.of(), 0, List.of("entity_modification", "negation")));
    FileMetrics m = Evaluation.of("f.jsonl", p, 1);
    assertThat(m.n()).isEqualTo(3);
    assertThat(m.skipped()).isEqualTo(1);
    assertThat(m.balancedAccuracy()).isEqualTo(0.75);
    assertThat(m.pearson()).isNull();
    assertThat(m.recallByEditType()).containsEntry("entity_modification", 0.5).containsEntry("negation", 0.0);
  }

  @Test
  void aFileThatMixesTasksGetsMetricsPerTask() {
    List<Prediction> p = List.of(
        new Prediction("1", "consistency", 0.9, true, List.of(), 1, List.of()),
        new Prediction("2", "similarity", 0.4, false, List.of(), 1.0, List.of()),
        new Prediction("3", "consistency", 0.2, false, List.of(), 0, List.of()),
        new Prediction("4", "similarity", 0.8, true, List.of(), 4.5, List.of()),
        new Prediction("5", "similarity", 0.6, true, List.of(), 3.0, List.of()));
    Map<String, FileMetrics> m = Evaluation.byTask("f.jsonl", p, 2);
    assertThat(m).containsOnlyKeys("f.jsonl#consistency", "f.jsonl#similarity");
    FileMetrics consistency = m.get("f.jsonl#consistency");
    assertThat(consistency.n()).isEqualTo(2);
    assertThat(consistency.skipped()).isEqualTo(2);
    assertThat(consistency.balancedAccuracy()).isEqualTo(1.0);
    FileMetrics similarity = m.get("f.jsonl#similarity");
    assertThat(similarity.n()).isEqualTo(3);
    assertThat(similarity.skipped()).isZero();
    assertThat(similarity.spearman()).isCloseTo(1.0, within(1e-9));
    assertThat(Evaluation.byTask("g.jsonl", p.subList(1, 2), 0)).containsOnlyKeys("g.jsonl");
    assertThatThrownBy(() -> Evaluation.of("f.jsonl", p, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
