package dev.retrace.eval;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

/** Standard classification and correlation metrics. Correlations come from Commons Math. */
public final class Metrics {
  /** Counts of a binary decision against binary gold labels. */
  public record Confusion(int tp, int fp, int tn, int fn) {
    public static Confusion of(List<Boolean> decisions, List<Boolean> gold) {
      int tp = 0;
      int fp = 0;
      int tn = 0;
      int fn = 0;
      for (int k = 0; k < decisions.size(); k++) {
        boolean d = decisions.get(k);
        boolean g = gold.get(k);
        if (d && g) {
          tp++;
        } else if (d) {
          fp++;
        } else if (g) {
          fn++;
        } else {
          tn++;
        }
      }
      return new Confusion(tp, fp, tn, fn);
    }

    public double accuracy() {
      return ratio(tp + tn, tp + tn + fp + fn);
    }

    public double precision() {
      return ratio(tp, tp + fp);
    }

    public double recall() {
      return ratio(tp, tp + fn);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Mean of the recall on positives and the recall on negatives: fair when classes are unbalanced. */
    public double balancedAccuracy() {
      return (ratio(tp, tp + fn) + ratio(tn, tn + fp)) / 2;
    }
  }

  /** Area under the ROC curve: the chance that a random positive scores above a random negative (ties half). */
  public static double rocAuc(List<Double> scores, List<Boolean> gold) {
    double[] ranks = new NaturalRanking(NaNStrategy.FIXED, TiesStrategy.AVERAGE)
        .rank(scores.stream().mapToDouble(Double::doubleValue).toArray());
    double positives = 0;
    double rankSum = 0;
    for (int k = 0; k < ranks.length; k++) {
      if (gold.get(k)) {
        positives++;
        rankSum += ranks[k];
      }
    }
    double negatives = ranks.length - positives;
    if (positives == 0 || negatives == 0) {
      return Double.NaN;
    }
    // Mann-Whitney U from the rank sum of the positives.
    return (rankSum - positives * (positives + 1) / 2) / (positives * negatives);
  }

  public static double pearson(List<Double> x, List<Double> y) {
    return x.size() < 2 ? Double.NaN : new PearsonsCorrelation().correlation(array(x), array(y));
  }

  public static double spearman(List<Double> x, List<Double> y) {
    return x.size() < 2 ? Double.NaN : new SpearmansCorrelation().correlation(array(x), array(y));
  }

  private static double[] array(List<Double> x) {
    return x.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static double ratio(double num, double den) {
    return den == 0 ? 0 : num / den;
  }

  static List<Boolean> booleans(List<Double> labels) {
    List<Boolean> out = new ArrayList<>();
    labels.forEach(l -> out.add(l >= 0.5));
    return out;
  }

  private Metrics() {}
}
