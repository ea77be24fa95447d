package dev.retrace.alignment;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How closely the copy's words follow the source in an aligned group. */
public enum AlignmentKind {
  /** Same words (after normalising case, quotes and spacing). */
  VERBATIM,
  /** Nearly the same words: small edits, a word changed or dropped. */
  NEAR_VERBATIM,
  /** Same content in other words. */
  PARAPHRASE;

  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }
}
