package dev.retrace.trace;

import dev.retrace.index.Candidate;

/**
 * Which candidates are worth the compare engine's time (a few hundred ms each). Set so that the seeds' rewrite
 * pair passes from either side (facts 0.14 and 0.69, cosine 0.73) while articles that merely share a topic and
 * a few names do not (seed 002 against 000: facts 0.01, cosine 0.44). The compare engine decides the relation;
 * the gate only keeps it from being asked about every neighbour.
 */
public final class CandidateGate {
  public static final double MIN_JACCARD = 0.3;
  public static final double MIN_FACTS = 0.12;
  public static final double MIN_COSINE = 0.6;

  /**
   * A whole-corpus scan sees every pair from both sides and cannot afford the compare engine for every
   * topical neighbour: on Reuters-21578, whose wire templates (earnings, trade figures) share vocabulary and
   * figures, the trace gate passes 8 candidates an article. The scan asks for a near copy, or for most of the
   * distinctive facts together with a close term vector: 0.12 candidates an article. The seeds' rewrite still
   * passes from the rewrite's side (facts 0.69, cosine 0.73).
   */
  public static final double SCAN_MIN_FACTS = 0.6;
  public static final double SCAN_MIN_COSINE = 0.7;

  private CandidateGate() {}

  /** For tracing one article, where at most a few candidates are compared anyway. */
  public static boolean worthComparing(Candidate c) {
    return c.jaccard() >= MIN_JACCARD || c.facts() >= MIN_FACTS || c.cosine() >= MIN_COSINE;
  }

  /** For a whole-corpus scan. */
  public static boolean worthComparingInScan(Candidate c) {
    return c.jaccard() >= MIN_JACCARD || c.facts() >= SCAN_MIN_FACTS && c.cosine() >= SCAN_MIN_COSINE;
  }
}
