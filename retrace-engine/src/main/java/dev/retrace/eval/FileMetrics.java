package dev.retrace.eval;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * The metrics of one evaluation file. Only the metrics of the file's task are set; the others are null
 * and left out of JSON.
 *
 * @param recallByEditType consistency only: share of inconsistent pairs with each gold edit type that the
 *                         engine flagged as not supported
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FileMetrics(String file, String task, int n, int skipped, Double accuracy, Double precision,
    Double recall, Double f1, Double rocAuc, Double pearson, Double spearman, Double balancedAccuracy,
    Map<String, Double> recallByEditType) {}
