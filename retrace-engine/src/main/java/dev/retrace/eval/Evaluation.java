package dev.retrace.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Aggregates the predictions of one file into its task's metrics. */
public final class Evaluation {
  /**
   * The metrics of one file, one entry per task its pairs carry, so that no metric mixes pairs of different
   * tasks (a similarity label of 1.0 is no "supported" verdict). Keyed by the file name alone when every pair
   * carries one task, the usual case, else by "file#task" in the order the tasks first appear; lines that
   * could not be judged are counted once, with the first task.
   */
  public static Map<String, FileMetrics> byTask(String file, List<Prediction> predictions, int skipped) {
    Map<String, List<Prediction>> groups = new LinkedHashMap<>();
    for (Prediction p : predictions) {
      groups.computeIfAbsent(p.task(), t -> new ArrayList<>()).add(p);
    }
    Map<String, FileMetrics> out = new LinkedHashMap<>();
    if (groups.size() <= 1) {
      out.put(file, of(file, predictions, skipped));
      return out;
    }
    int unjudged = skipped;
    for (Map.Entry<String, List<Prediction>> g : groups.entrySet()) {
      out.put(file + "#" + g.getKey(), of(file, g.getValue(), unjudged));
      unjudged = 0;
    }
    return out;
  }

  /** The metrics of predictions that all carry one task (the first one's; see {@link #byTask}). */
  public static FileMetrics of(String file, List<Prediction> predictions, int skipped) {
    if (predictions.isEmpty()) {
      return new FileMetrics(file, null, 0, skipped, null, null, null, null, null, null, null, null, null);
    }
    String task = predictions.get(0).task();
    if (predictions.stream().anyMatch(p -> !p.task().equals(task))) {
      throw new IllegalArgumentException(file + ": predictions of several tasks; use byTask");
    }
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
            r(Metrics.pearson(scores, labels)), r(Metrics.spearman(scores, labels)), null, null, null, null,
            spearmanByGenre(predictions), null);
      }
      case CONSISTENCY -> {
        List<Boolean> gold = Metrics.booleans(labels);
        Metrics.Confusion c = Metrics.Confusion.of(decisions, gold);
        return new FileMetrics(file, task, n, skipped, r(c.accuracy()), null, null, null,
            r(Metrics.rocAuc(scores, gold)), null, null, r(c.balancedAccuracy()), recallByEditType(predictions));
      }
      case DERIVATION -> {
        List<Boolean> gold = Metrics.booleans(labels);
        Metrics.Confusion c = Metrics.Confusion.of(decisions, gold);
        return new FileMetrics(file, task, n, skipped, r(c.accuracy()), r(c.precision()), r(c.recall()), r(c.f1()),
            r(Metrics.rocAuc(scores, gold)), null, null, null, null, byDerivation(predictions),
            byChangeKind(predictions), null, directionByDerivation(predictions));
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

  /**
   * Derived-vs-not per derivation kind: each kind's pairs together with every not-derived pair, so that the
   * precision of a kind counts the hard negatives the engine wrongly calls derived. For the not-derived pairs
   * themselves ({@code none}) only recall is given: the share the engine rejects.
   */
  static Map<String, FileMetrics.KindMetrics> byDerivation(List<Prediction> predictions) {
    Map<String, List<Prediction>> byKind = new TreeMap<>();
    List<Prediction> negatives = new ArrayList<>();
    for (Prediction p : predictions) {
      if (p.label() < 0.5) {
        negatives.add(p);
      } else {
        byKind.computeIfAbsent(p.kind() == null ? "unknown" : p.kind(), k -> new ArrayList<>()).add(p);
      }
    }
    Map<String, FileMetrics.KindMetrics> out = new LinkedHashMap<>();
    byKind.forEach((kind, positives) -> {
      List<Boolean> d = new ArrayList<>();
      List<Boolean> g = new ArrayList<>();
      for (Prediction p : positives) {
        d.add(p.decision());
        g.add(true);
      }
      for (Prediction p : negatives) {
        d.add(p.decision());
        g.add(false);
      }
      Metrics.Confusion c = Metrics.Confusion.of(d, g);
      out.put(kind, new FileMetrics.KindMetrics(positives.size(), null, negatives.isEmpty() ? null : r(c.precision()),
          r(c.recall()), negatives.isEmpty() ? null : r(c.f1())));
    });
    if (!negatives.isEmpty()) {
      long rejected = negatives.stream().filter(p -> !p.decision()).count();
      out.put("none", new FileMetrics.KindMetrics(negatives.size(), null, null, r((double) rejected / negatives.size()), null));
    }
    return out;
  }

  /**
   * Per gold change kind, over the derived pairs: recall is the share of pairs carrying the kind whose report
   * has a change of that kind; precision the share of pairs whose report has the kind that carry it.
   */
  static Map<String, FileMetrics.KindMetrics> byChangeKind(List<Prediction> predictions) {
    Map<String, int[]> counts = new TreeMap<>(); // gold, predicted, both
    for (Prediction p : predictions) {
      if (p.label() < 0.5) {
        continue;
      }
      java.util.Set<String> found = new java.util.TreeSet<>();
      p.changes().forEach(ch -> found.add(ch.kind().json()));
      for (String kind : p.editTypes()) {
        int[] c = counts.computeIfAbsent(kind, k -> new int[3]);
        c[0]++;
        if (found.contains(kind)) {
          c[2]++;
        }
      }
      for (String kind : found) {
        counts.computeIfAbsent(kind, k -> new int[3])[1]++;
      }
    }
    Map<String, FileMetrics.KindMetrics> out = new LinkedHashMap<>();
    counts.forEach((kind, c) -> {
      if (c[0] > 0) {
        double precision = c[1] == 0 ? Double.NaN : (double) c[2] / c[1];
        double recall = (double) c[2] / c[0];
        double f1 = c[1] == 0 || precision + recall == 0 ? Double.NaN : 2 * precision * recall / (precision + recall);
        out.put(kind, new FileMetrics.KindMetrics(c[0], c[1], r(precision), r(recall), r(f1)));
      }
    });
    return out;
  }

  /** Per derivation kind, the engine's direction against the known one, over pairs whose direction is known. */
  static Map<String, FileMetrics.DirectionMetrics> directionByDerivation(List<Prediction> predictions) {
    Map<String, int[]> counts = new TreeMap<>(); // n, right, wrong, unknown
    for (Prediction p : predictions) {
      if (p.goldDirection() == null || p.direction() == null) {
        continue;
      }
      int[] c = counts.computeIfAbsent(p.kind() == null ? "unknown" : p.kind(), k -> new int[4]);
      c[0]++;
      if (p.direction().equals(p.goldDirection())) {
        c[1]++;
      } else if (p.direction().equals("unknown")) {
        c[3]++;
      } else {
        c[2]++;
      }
    }
    if (counts.isEmpty()) {
      return null;
    }
    Map<String, FileMetrics.DirectionMetrics> out = new LinkedHashMap<>();
    counts.forEach((kind, c) -> out.put(kind, new FileMetrics.DirectionMetrics(c[0], c[1], c[2], c[3])));
    return out;
  }

  /** Spearman within each genre, so a mixed file (captions, news, forums) can be read per genre. */
  private static Map<String, Double> spearmanByGenre(List<Prediction> predictions) {
    Map<String, List<Prediction>> groups = new TreeMap<>();
    for (Prediction p : predictions) {
      if (p.kind() != null) {
        groups.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(p);
      }
    }
    if (groups.size() < 2) {
      return null;
    }
    Map<String, Double> out = new LinkedHashMap<>();
    groups.forEach((genre, ps) -> out.put(genre, r(Metrics.spearman(ps.stream().map(Prediction::score).toList(),
        ps.stream().map(Prediction::label).toList()))));
    return out;
  }

  private static Double r(double x) {
    return Double.isNaN(x) ? null : Math.round(x * 10000) / 10000.0;
  }

  private Evaluation() {}
}
