package dev.retrace.sketches;

import java.util.List;

/**
 * What candidate search knows about one article, computed in one pass over its text.
 *
 * @param contentHash 128-bit hash of the text with case and whitespace normalised: equal for exact duplicates
 * @param signature   MinHash signature of the word 5-shingles, 2 bytes a component (see {@link OnePermutationMinHash})
 * @param bands       LSH band keys: two articles sharing one are near-duplicate candidates
 * @param facts       the fact fingerprint: terms that survive paraphrase (see {@link Sketcher}): numbers, numbers with the word after them, names, quotation 3-grams, rare words
 * @param vector      unit-length hashed term vector, for Lucene's HNSW; all zeros when the text has no content word
 * @param words       number of words
 */
public record Sketch(ContentHash contentHash, byte[] signature, long[] bands, List<String> facts, float[] vector,
    int words) {

  /** Estimated Jaccard similarity of the two articles' 5-shingle sets. */
  public double jaccard(Sketch other) {
    return OnePermutationMinHash.similarity(signature, other.signature);
  }

  /** Estimated Jaccard similarity from two stored signatures. */
  public static double jaccard(byte[] a, byte[] b) {
    return OnePermutationMinHash.similarity(a, b);
  }
}
