package dev.retrace.report;

import java.util.List;

/**
 * The measurements behind a verdict.
 *
 * @param aCoverage      share of the source's sentences (by words) that the alignment covers
 * @param bCoverage      share of the copy's sentences (by words) that the alignment covers
 * @param alignedGroups  number of alignment groups
 * @param meanSimilarity mean similarity of the aligned groups
 * @param documentSimilarity cosine of the two articles' mean sentence embeddings (topic closeness)
 * @param leadSimilarity cosine of the two articles' lead embeddings (title and first ~100 words)
 * @param bestSimilarity similarity of the closest pair of sentences, aligned or not
 * @param sharedFacts    distinctive facts found in both (figures, names, quotations)
 */
public record Evidence(double aCoverage, double bCoverage, int alignedGroups, double meanSimilarity,
    double documentSimilarity, double leadSimilarity, double bestSimilarity, List<String> sharedFacts) {
  public Evidence {
    sharedFacts = List.copyOf(sharedFacts);
  }
}
