package dev.retrace.embeddings;

import java.util.List;

/** Maps sentences to unit-length vectors whose dot product is their semantic similarity. */
public interface SentenceEmbedder {
  /** Embeds each text; the result has one L2-normalised vector per input, in order. */
  List<float[]> embed(List<String> texts);

  /**
   * The bundled model behind this embedder, or null when unknown (test doubles): the few rules whose cut-off
   * depends on the model's scale read it from here (see {@link SentenceModel#offTopicCosine()}).
   */
  default SentenceModel sentenceModel() {
    return null;
  }

  /** Cosine similarity of two unit vectors. */
  static double cosine(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return dot;
  }
}
