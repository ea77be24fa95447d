package dev.retrace.index;

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
}
