package dev.retrace.trace;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.retrace.changes.Change;
import dev.retrace.verdict.Relation;
import java.util.List;

/**
 * One verified source or copy of a traced article.
 *
 * @param id          the indexed article's id
 * @param role        source (it came first and the traced article derives from it), copy, or unknown
 * @param relation    duplicate or derived, as the compare engine found
 * @param score       the compare engine's confidence
 * @param jaccard     candidate evidence: estimated 5-shingle Jaccard
 * @param facts       candidate evidence: share of distinctive facts found
 * @param changes     number of claim changes the copy made
 * @param keyChanges  the most important changes (major first), one line each
 */
@JsonPropertyOrder({"id", "title", "url", "role", "relation", "score", "direction", "jaccard", "facts", "changes", "key_changes"})
public record TraceMatch(String id, String title, String url, Role role, Relation relation, double score,
    String direction, double jaccard, double facts, int changes, List<String> keyChanges) {

  public enum Role {
    SOURCE, COPY, UNKNOWN;

    @com.fasterxml.jackson.annotation.JsonValue
    public String json() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** "number changed: 2,030 personnel losses → 2,030 killed" lines, major changes first. */
  static List<String> keyChanges(List<Change> changes, int max) {
    return changes.stream()
        .sorted(java.util.Comparator.comparing(c -> c.severity() == dev.retrace.changes.Severity.MAJOR ? 0 : 1))
        .limit(max).map(c -> c.kind().json().replace('_', ' ') + ": " + c.detail()).toList();
  }
}
