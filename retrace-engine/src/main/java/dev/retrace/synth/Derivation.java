package dev.retrace.synth;

import java.util.Locale;

/** How a derived copy was made from its source (meta.derivation). {@link #NONE} marks a hard negative. */
public enum Derivation {
  /** The same text. */
  EXACT,
  /** A boilerplate line added, whitespace changed, one or two small word edits. */
  NEAR,
  /** A contiguous run of the source's paragraphs. */
  PARTIAL,
  /** Sentences dropped, kept sentences shortened. */
  ABRIDGED,
  /** Paragraph and sentence order shuffled. */
  REORDERED,
  /** Synonyms, clause reordering, active to passive, quotations turned into reported speech. */
  PARAPHRASED,
  /** Not derived: another story of the same category sharing names with the first. */
  NONE;

  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Derivation of(String name) {
    return valueOf(name.strip().toUpperCase(Locale.ROOT));
  }
}
