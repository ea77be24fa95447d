package dev.retrace.eval;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.retrace.changes.Change;
import java.util.List;

/**
 * What the engine says about one labelled pair: enough for anyone to recompute the metrics.
 *
 * @param score     similarity or confidence, higher = more similar / more supported
 * @param decision  true when the engine says b restates a (paraphrase) or b is fully supported by a
 *                  (consistency); for similarity, whether the pair counts as similar
 * @param changes   the typed changes found (consistency and paraphrase)
 * @param label     the gold label (not written to predictions files)
 * @param editTypes the gold edit types of a consistency pair, when known (not written)
 * @param kind      the pair's group for per-group metrics, or null (not written): meta.derivation (exact,
 *                  near, ..., none) for derivation pairs, meta.genre for similarity pairs
 * @param direction the engine's direction ("a->b", "b->a", "unknown") for derivation pairs, else null
 * @param goldDirection for a derived pair whose meta.source_id names one side, "a->b" or "b->a"; else null
 *                  (not written)
 */
public record Prediction(String id, String task, double score, boolean decision, List<Change> changes,
    @JsonIgnore double label, @JsonIgnore List<String> editTypes, @JsonIgnore String kind,
    @JsonInclude(JsonInclude.Include.NON_NULL) String direction, @JsonIgnore String goldDirection) {
  public Prediction {
    changes = List.copyOf(changes);
    editTypes = List.copyOf(editTypes);
  }

  public Prediction(String id, String task, double score, boolean decision, List<Change> changes, double label,
      List<String> editTypes, String kind) {
    this(id, task, score, decision, changes, label, editTypes, kind, null, null);
  }

  public Prediction(String id, String task, double score, boolean decision, List<Change> changes, double label,
      List<String> editTypes) {
    this(id, task, score, decision, changes, label, editTypes, null);
  }
}
