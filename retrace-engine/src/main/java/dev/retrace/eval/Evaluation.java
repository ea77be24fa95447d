package dev.retrace.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Aggregates the predictions of one file into its task's metrics. */
public final class Evaluation {
  public static FileMetrics of(String file, List<Prediction> predictions, int skipped) {
    if (predictions.isEmpty()) {
      return new FileMetrics(file, null, 0, skipped, null, null, null, null, null, null, null, null, null);
    }
    String task = predictions.get(0).task();
    List<Double> scores = new ArrayList<>();
    List<Double> labels = new ArrayList<>();
    List<Boolean> decisions = new ArrayList<>();
    for (Prediction p : predictions) {
      scores.add(p.score());
      labels.add(p.label());
      decisions.add(p.decision());
    }
    int n = predictions.size();
    switch (EvalTask.of(task)) {
      case PARAPHRASE -> {
        List<Boolean> gold = Metrics.booleans(labels);
        Metrics.Confusion c = Metrics.Confusion.of(decisions, gold);
        return new FileMetrics(file, task, n, skipped, r(c.accuracy()), r(c.precision()), r(c.recall()), r(c.f1()),
            r(Metrics.rocAuc(scores, gold)), null, null, null, null);
      }
      case SIMILARITY -> {
        return new FileMetrics(file, task, n, skipped, null, null, null, null, null,
            r(Metrics.pearson(scores, labels)), r(Metrics.spearman(scores, labels)), null, null);
      }
      case CONSISTENCY -> {
        List<Boolean> gold = Metrics.booleans(labels);
        Metrics.Confusion c = Metrics.Confusion.of(decisions, gold);
        return new FileMetrics(file, task, n, skipped, r(c.accuracy()), null, null, null,
            r(Metrics.rocAuc(scores, gold)), null, null, r(c.balancedAccuracy()), recallByEditType(predictions));
      }
      default -> throw new IllegalStateException(task);
    }
  }

  /** For each gold edit type: how many of the unsupported pairs carrying it the engine caught. */
  private static Map<String, Double> recallByEditType(List<Prediction> predictions) {
    Map<String, int[]> counts = new TreeMap<>();
    for (Prediction p : predictions) {
      if (p.label() >= 0.5) {
        continue;
      }
      for (String type : p.editTypes()) {
        int[] c = counts.computeIfAbsent(type, k -> new int[2]);
        c[1]++;
        if (!p.decision()) {
          c[0]++;
        }
      }
    }
    Map<String, Double> out = new LinkedHashMap<>();
    counts.forEach((type, c) -> out.put(type, r((double) c[0] / c[1])));
    return out;
  }

  private static Double r(double x) {
    return Double.isNaN(x) ? null : Math.round(x * 10000) / 10000.0;
  }

  private Evaluation() {}
}
