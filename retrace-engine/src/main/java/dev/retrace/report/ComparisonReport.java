package dev.retrace.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.retrace.alignment.Alignment;
import dev.retrace.changes.Change;
import dev.retrace.changes.Preserved;
import dev.retrace.verdict.Direction;
import dev.retrace.verdict.Relation;
import java.util.List;

/**
 * The result of comparing two articles: the verdict, the sentence alignment and every claim-level change.
 * Serialised as JSON with snake_case names (see docs/report-schema.md); {@link #FORMAT_VERSION} changes
 * whenever a field changes meaning, so stored reports stay readable.
 *
 * @param id               the pair's id in batch mode, else null
 * @param relation         duplicate, derived, related or unrelated
 * @param score            confidence in [0,1] that b is derived from a (or a from b)
 * @param direction        which way the copying went
 * @param directionReasons why the direction was chosen
 * @param reasons          why the relation was chosen
 * @param unalignedA       source sentences with no counterpart in the copy
 * @param unalignedB       copy sentences with no counterpart in the source
 */
@JsonPropertyOrder({"format_version", "id", "relation", "score", "direction", "direction_reasons", "reasons",
    "evidence", "a", "b", "alignments", "unaligned_a", "unaligned_b", "changes", "preserved", "warnings"})
public record ComparisonReport(int formatVersion, String id, Relation relation, double score, Direction direction,
    List<String> directionReasons, List<String> reasons, Evidence evidence, Side a, Side b,
    List<Alignment> alignments, List<Integer> unalignedA, List<Integer> unalignedB, List<Change> changes,
    List<Preserved> preserved, List<String> warnings) {
  public static final int FORMAT_VERSION = 1;

  public ComparisonReport {
    directionReasons = List.copyOf(directionReasons);
    reasons = List.copyOf(reasons);
    alignments = List.copyOf(alignments);
    unalignedA = List.copyOf(unalignedA);
    unalignedB = List.copyOf(unalignedB);
    changes = List.copyOf(changes);
    preserved = List.copyOf(preserved);
    warnings = List.copyOf(warnings);
  }

  /** The same report carrying a batch id. */
  public ComparisonReport withId(String newId) {
    return new ComparisonReport(formatVersion, newId, relation, score, direction, directionReasons, reasons,
        evidence, a, b, alignments, unalignedA, unalignedB, changes, preserved, warnings);
  }
}
