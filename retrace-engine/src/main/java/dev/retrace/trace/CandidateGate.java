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

  private CandidateGate() {}

  /** True when a candidate (for a trace or a whole-corpus scan) is worth a compare-engine verification. */
  public static boolean worthComparing(Candidate c) {
    return c.jaccard() >= MIN_JACCARD || c.facts() >= MIN_FACTS || c.cosine() >= MIN_COSINE;
  }
}
