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
  PARAPHRASE,
  /**
   * Below the alignment bar: the source sentence that best supports a copy sentence nothing else aligns, linked
   * only when the copy is checked against a known source ({@code SentenceAligner#withSupport}).
   */
  SUPPORT;

  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }
}
