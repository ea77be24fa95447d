package dev.retrace.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The measurements behind a verdict.
 *
 * @param aCoverage      share of the source's sentences (by words) that the alignment covers
 * @param bCoverage      share of the copy's sentences (by words) that the alignment covers
 * @param alignedGroups  number of alignment groups
 * @param meanSimilarity mean similarity of the aligned groups
 * @param documentSimilarity cosine of the two articles' mean sentence embeddings (topic closeness)
 * @param leadSimilarity cosine of the two articles' lead embeddings (title and first ~100 words); null (and left
 *                       out of the JSON) in the verifications of a corpus scan or a trace, which skip the lead's
 *                       embedding
 * @param bestSimilarity similarity of the closest pair of sentences, aligned or not
 * @param sharedFacts    distinctive facts found in both (figures, names, quotations)
 * @param model          the sentence-embedding model behind the similarities ({@code bge-small}, {@code minilm});
 *                       null (left out) when the embedder is not one of the bundled models
 */
public record Evidence(double aCoverage, double bCoverage, int alignedGroups, double meanSimilarity,
    double documentSimilarity, @JsonInclude(JsonInclude.Include.NON_NULL) Double leadSimilarity, double bestSimilarity,
    List<String> sharedFacts, @JsonInclude(JsonInclude.Include.NON_NULL) String model) {
  public Evidence {
    sharedFacts = List.copyOf(sharedFacts);
  }

  /** Evidence whose model is not named. */
  public Evidence(double aCoverage, double bCoverage, int alignedGroups, double meanSimilarity,
      double documentSimilarity, Double leadSimilarity, double bestSimilarity, List<String> sharedFacts) {
    this(aCoverage, bCoverage, alignedGroups, meanSimilarity, documentSimilarity, leadSimilarity, bestSimilarity,
        sharedFacts, null);
  }

  /** The same evidence with the lead similarity filled in. */
  public Evidence withLeadSimilarity(double lead) {
    return new Evidence(aCoverage, bCoverage, alignedGroups, meanSimilarity, documentSimilarity, lead,
        bestSimilarity, sharedFacts, model);
  }

  /** The same evidence naming the model behind its similarities. */
  public Evidence withModel(String modelId) {
    return new Evidence(aCoverage, bCoverage, alignedGroups, meanSimilarity, documentSimilarity, leadSimilarity,
        bestSimilarity, sharedFacts, modelId);
  }
}
