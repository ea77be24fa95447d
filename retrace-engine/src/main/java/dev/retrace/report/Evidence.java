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
 * @param sharedFacts    distinctive facts found in both (figures, names, quotations)
 */
public record Evidence(double aCoverage, double bCoverage, int alignedGroups, double meanSimilarity,
    double documentSimilarity, List<String> sharedFacts) {
  public Evidence {
    sharedFacts = List.copyOf(sharedFacts);
  }
}
