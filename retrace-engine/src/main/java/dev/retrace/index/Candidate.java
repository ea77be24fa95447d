package dev.retrace.index;

import java.util.Comparator;

/**
 * An indexed article that may be a copy or source of the query article, before the compare engine verifies it.
 *
 * @param key        the article's id
 * @param docId      Lucene doc id in the snapshot it came from
 * @param hash       content hash (hex)
 * @param jaccard    estimated 5-shingle Jaccard similarity (MinHash), 0 when not found by bands
 * @param facts      share of the query's fact weight (IDF) the candidate carries, 0 when not found by facts
 * @param cosine     cosine of the term vectors, 0 when not found by the vector search
 */
public record Candidate(String key, int docId, String hash, double jaccard, double facts, double cosine) {
  /** One number to rank candidates by: the strongest of the channels. */
  public double strength() {
    return Math.max(jaccard, Math.max(facts, cosine * 0.5));
  }

  /**
   * All the evidence together, to order candidates of equal strength: a near copy's sibling copies and its
   * source often all carry every fact (facts 1.0), and the source, which each copy took its text from, is then
   * the one with the most shingles and the closest term vector.
   */
  public double evidence() {
    return jaccard + facts + cosine;
  }

  /** Strongest first, then most evidence, then by key so that the order never depends on the index layout. */
  public static final Comparator<Candidate> BEST_FIRST = Comparator
      .comparingDouble(Candidate::strength).reversed()
      .thenComparing(Comparator.comparingDouble(Candidate::evidence).reversed())
      .thenComparing(Candidate::key);
}
