package dev.retrace.alignment;

import dev.retrace.embeddings.SentenceEmbedder;
import dev.retrace.embeddings.SentenceModel;
import dev.retrace.text.Sentence;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores how likely two sentences state the same thing, from two kinds of evidence:
 * <ul>
 *   <li>semantic: cosine of their sentence embeddings ({@link dev.retrace.embeddings.SentenceModel}), which sees through rewording;</li>
 *   <li>lexical: weighted overlap of stemmed content terms, where figures and names weigh more because a
 *       shared "2,030" or "Stoltenberg" is far stronger evidence of copying than a shared "said".</li>
 * </ul>
 * The mix leans on the embedding (rewrites share few words) but lets lexical evidence lift pairs that
 * share rare facts, and keep same-topic sentences with different facts apart.
 */
public final class SentenceSimilarity {
  /** The weight of the cosine in {@link #combined} for vectors of {@code model} (null: unknown). */
  public static double semanticWeight(SentenceModel model) {
    return SentenceModel.scaleOf(model).semanticWeight();
  }

  /** Lexical overlap in [0,1]: weighted Dice coefficient of the two term multisets. */
  public static double lexical(Sentence x, Sentence y) {
    Map<String, Integer> cx = counts(x.terms());
    Map<String, Integer> cy = counts(y.terms());
    double shared = 0;
    double total = 0;
    for (Map.Entry<String, Integer> e : cx.entrySet()) {
      double w = weight(e.getKey());
      total += w * e.getValue();
      Integer other = cy.get(e.getKey());
      if (other != null) {
        shared += w * Math.min(e.getValue(), other);
      }
    }
    for (Map.Entry<String, Integer> e : cy.entrySet()) {
      total += weight(e.getKey()) * e.getValue();
    }
    return total == 0 ? 0 : 2 * shared / total;
  }

  /** Combined similarity in [0,1], with {@code semanticWeight} on the cosine and the rest on the words. */
  public static double combined(double cosine, double lexical, double semanticWeight) {
    double c = Math.max(0, cosine);
    return semanticWeight * c + (1 - semanticWeight) * lexical;
  }

  /** Full similarity matrix between two sentence lists given their unit embeddings. */
  public static double[][] matrix(List<Sentence> a, List<float[]> ea, List<Sentence> b, List<float[]> eb,
      double semanticWeight) {
    double[][] m = new double[a.size()][b.size()];
    for (int i = 0; i < a.size(); i++) {
      for (int j = 0; j < b.size(); j++) {
        m[i][j] = combined(SentenceEmbedder.cosine(ea.get(i), eb.get(j)), lexical(a.get(i), b.get(j)), semanticWeight);
      }
    }
    return m;
  }

  private static double weight(String term) {
    for (int i = 0; i < term.length(); i++) {
      if (Character.isDigit(term.charAt(i))) {
        return 3.0;
      }
    }
    return term.length() <= 3 ? 0.7 : 1.0;
  }

  private static Map<String, Integer> counts(List<String> terms) {
    Map<String, Integer> m = new HashMap<>();
    for (String t : terms) {
      m.merge(t, 1, Integer::sum);
    }
    return m;
  }

  private SentenceSimilarity() {}
}
