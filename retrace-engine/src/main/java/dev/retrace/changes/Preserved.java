package dev.retrace.changes;

/**
 * A claim the copy kept intact.
 *
 * @param kind      "quantity", "quotation", "attribution", "hedge" or "time"
 * @param text      the claim as the copy states it
 * @param value     for quantities the number as written, else null
 * @param aSentence the source sentence holding it
 * @param bSentence the copy sentence holding it
 */
public record Preserved(String kind, String text, String value, int aSentence, int bSentence) {
  /** The same claim with the a and b sentences exchanged. */
  public Preserved mirrored() {
    return new Preserved(kind, text, value, bSentence, aSentence);
  }
}
