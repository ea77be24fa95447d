package dev.retrace.eval;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * The metrics of one evaluation file. Only the metrics of the file's task are set; the others are null
 * and left out of JSON.
 *
 * @param recallByEditType consistency only: share of inconsistent pairs with each gold edit type that the
 *                         engine flagged as not supported
 * @param byDerivation     derivation only: derived-vs-not metrics per meta.derivation (each kind's pairs with
 *                         all the not-derived pairs; for {@code none}, recall is the share rejected)
 * @param spearmanByGenre  similarity only: Spearman within each meta.genre (when the pairs carry one)
 * @param byChangeKind     derivation only: per gold change kind, over derived pairs, recall (the engine reports
 *                         a change of that kind) and precision (pairs where it reports the kind that carry it)
 * @param directionByDerivation derivation only: per meta.derivation, how the engine's direction compares with the
 *                         known one (derived pairs whose meta.source_id names a side)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FileMetrics(String file, String task, int n, int skipped, Double accuracy, Double precision,
    Double recall, Double f1, Double rocAuc, Double pearson, Double spearman, Double balancedAccuracy,
    Map<String, Double> recallByEditType, Map<String, KindMetrics> byDerivation,
    Map<String, KindMetrics> byChangeKind, Map<String, Double> spearmanByGenre,
    Map<String, DirectionMetrics> directionByDerivation) {

  public FileMetrics(String file, String task, int n, int skipped, Double accuracy, Double precision,
      Double recall, Double f1, Double rocAuc, Double pearson, Double spearman, Double balancedAccuracy,
      Map<String, Double> recallByEditType) {
    this(file, task, n, skipped, accuracy, precision, recall, f1, rocAuc, pearson, spearman, balancedAccuracy,
        recallByEditType, null, null, null, null);
  }

  public FileMetrics(String file, String task, int n, int skipped, Double accuracy, Double precision,
      Double recall, Double f1, Double rocAuc, Double pearson, Double spearman, Double balancedAccuracy,
      Map<String, Double> recallByEditType, Map<String, KindMetrics> byDerivation,
      Map<String, KindMetrics> byChangeKind) {
    this(file, task, n, skipped, accuracy, precision, recall, f1, rocAuc, pearson, spearman, balancedAccuracy,
        recallByEditType, byDerivation, byChangeKind, null, null);
  }

  /**
   * Metrics of one kind.
   *
   * @param n         pairs of the kind (gold)
   * @param predicted change kinds: derived pairs where the engine reported the kind
   */
  /**
   * Directions of one derivation kind's pairs: the known direction found ({@code right}), the reverse claimed
   * ({@code wrong}), or no direction claimed ({@code unknown}, the honest answer when nothing tells, as between
   * two identical texts without publication times).
   */
  public record DirectionMetrics(int n, int right, int wrong, int unknown) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record KindMetrics(int n, Integer predicted, Double precision, Double recall, Double f1) {}
}
