package dev.retrace.verdict;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How two articles relate. */
public enum Relation {
  /** The same article, possibly with trivial edits (whitespace, boilerplate, a word or two). */
  DUPLICATE,
  /** One was copied, abridged or rewritten from the other. */
  DERIVED,
  /** Same topic or story, independently written. */
  RELATED,
  /** Nothing in common worth reporting. */
  UNRELATED;

  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }
}
