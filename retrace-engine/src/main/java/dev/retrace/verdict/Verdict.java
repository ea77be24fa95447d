package dev.retrace.verdict;

import dev.retrace.report.Evidence;
import java.util.List;

/** Relation and direction between two articles, with the reasons and measurements behind them. */
public record Verdict(Relation relation, double score, Direction direction, List<String> reasons,
    List<String> directionReasons, Evidence evidence) {
  public Verdict {
    reasons = List.copyOf(reasons);
    directionReasons = List.copyOf(directionReasons);
  }
}
