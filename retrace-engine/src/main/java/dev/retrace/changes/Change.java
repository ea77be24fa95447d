package dev.retrace.changes;

import java.util.List;

/**
 * One difference between a source claim and the copy's version of it, with the evidence.
 *
 * @param kind       what changed
 * @param severity   whether it could mislead a reader about a fact
 * @param aText      the source-side text (a sentence or phrase), or null when the copy added it
 * @param bText      the copy-side text, or null when the copy dropped it
 * @param aSentences indices of the source sentences involved
 * @param bSentences indices of the copy sentences involved
 * @param value      for figures: the number as written in the source (e.g. "2,030"); else null
 * @param from       the source's version of what changed (a category, number, date, name ...), or null
 * @param to         the copy's version, or null
 * @param detail     one human-readable line explaining the change
 */
public record Change(ChangeKind kind, Severity severity, String aText, String bText, List<Integer> aSentences,
    List<Integer> bSentences, String value, String from, String to, String detail) {
  public Change {
    aSentences = aSentences == null ? List.of() : List.copyOf(aSentences);
    bSentences = bSentences == null ? List.of() : List.copyOf(bSentences);
  }

  /** The same change with the a and b sides exchanged (found with b as the source, shown in a/b order). */
  public Change mirrored() {
    return new Change(kind, severity, bText, aText, bSentences, aSentences, value, from, to, detail);
  }
}
