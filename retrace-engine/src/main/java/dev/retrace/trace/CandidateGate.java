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
   * A whole-corpus scan meets every pair from both of its articles, so it can ask for more than a trace: a near
   * copy (MinHash Jaccard at least {@link #MIN_JACCARD}), or a rewrite that carries a good share of the other's
   * distinctive facts ({@link #SCAN_MIN_FACTS}) with a close term vector ({@link #SCAN_MIN_COSINE}); neither
   * channel alone. Measured with {@code dev.retrace.bench.CandidateSignals}: on the Reuters-21578 index the
   * trace gate passes 130,000 pairs, nearly all wire templates and same-topic reports whose term vectors are
   * close (19,000 pairs have cosine >= 0.85) or whose few figures recur; this gate passes about 4,400. On a
   * {@code retrace synth} BBC corpus (seed 3, 700 sources, 1,270 source-copy pairs with distinct contents)
   * every copy passes from at least one side, the weakest paraphrase at Jaccard 0.52, facts 0.48, cosine 0.79
   * (those paraphrases are light; a real rewrite such as the seeds' 001 of 000 has facts 0.69 from the copy's
   * side and cosine 0.73, hence the margin down to 0.65).
   */
  public static final double SCAN_MIN_FACTS = 0.3;
  public static final double SCAN_MIN_COSINE = 0.65;

  private CandidateGate() {}

  /** True when a candidate met in a whole-corpus scan is worth a compare-engine verification (see above). */
  public static boolean worthScanning(Candidate c) {
    return c.jaccard() >= MIN_JACCARD || c.facts() >= SCAN_MIN_FACTS && c.cosine() >= SCAN_MIN_COSINE;
  }

  /** True when a candidate (for a trace or a whole-corpus scan) is worth a compare-engine verification. */
  public static boolean worthComparing(Candidate c) {
    return c.jaccard() >= MIN_JACCARD || c.facts() >= MIN_FACTS || c.cosine() >= MIN_COSINE;
  }
}
