package dev.retrace.changes;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The kinds of change a copy can make to its source's claims. README "Change kinds" documents each. */
public enum ChangeKind {
  /** A figure about the same thing has another value. */
  NUMBER_CHANGED,
  /** The bound or approximation of a figure changed ("more than 2,000" → "about 2,000"). */
  QUALIFIER_CHANGED,
  /** The same figure now counts something else ("2,030 personnel losses" → "2,030 killed"). */
  CATEGORY_CHANGED,
  /** A date or period changed ("on November 11" → "earlier this month"). */
  TIME_CHANGED,
  /** A place changed. */
  PLACE_CHANGED,
  /** A named person or organisation was replaced by another. */
  ENTITY_CHANGED,
  /** The claim is attributed to a different source. */
  ATTRIBUTION_CHANGED,
  /** The source said who made the claim; the copy does not. */
  ATTRIBUTION_DROPPED,
  /** The copy attributes a claim the source stated without attribution. */
  ATTRIBUTION_ADDED,
  /** Text inside quote marks no longer matches the source's quotation. */
  QUOTE_ALTERED,
  /** A caveat of the source ("if the figures are accurate", "no evidence") is gone. */
  HEDGE_DROPPED,
  /** The copy adds a caveat the source did not have. */
  HEDGE_ADDED,
  /** A reported claim is stated as established (or the reverse). */
  CERTAINTY_CHANGED,
  /** The claim was negated or un-negated. */
  NEGATION_CHANGED,
  /** A specific claim was broadened ("Russian casualties" → "casualties on both sides"). */
  GENERALIZATION,
  /** A copy sentence states something the source does not support. */
  ADDED_UNSUPPORTED,
  /** Source facts the copy leaves out. */
  DROPPED_CONTENT;

  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }
}
