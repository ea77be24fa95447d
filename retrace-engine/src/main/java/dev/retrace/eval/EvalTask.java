package dev.retrace.eval;

import java.util.Locale;

/** The labelled tasks of the evaluation sets (see ../shared/README.md). */
public enum EvalTask {
  /** label 1 when b restates a. */
  PARAPHRASE,
  /** label is a number, higher = more similar. */
  SIMILARITY,
  /** label 1 when every fact in b is supported by a. */
  CONSISTENCY,
  /**
   * label 1 when b is derived from a (retrace synth); meta.derivation names how, meta.edits the facts changed.
   */
  DERIVATION;

  public static EvalTask of(String name) {
    if (name == null) {
      throw new IllegalArgumentException("missing task");
    }
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown task \"" + name + "\" (expected paraphrase, similarity, consistency or derivation)");
    }
  }

  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }
}
