package dev.retrace.alignment;

import dev.retrace.embeddings.SentenceEmbedder;
import dev.retrace.text.Sentence;
import dev.retrace.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Similarities between the sentences of two articles: the whole-sentence matrix, computed up front, and
 * clause-level "partial" similarity, computed lazily only for the few pairs the aligner asks about
 * (embedding every clause of every sentence would double the cost of a comparison).
 */
public final class PairSimilarity {
  private final List<Sentence> a;
  private final List<Sentence> b;
  private final double[][] matrix;
  private final List<float[]> ea;
  private final List<float[]> eb;
  private final SentenceEmbedder embedder;
  private final TextAnalyzer analyzer;
  private final Map<String, Chunk[]> chunkCache = new HashMap<>();
  private final double semanticWeight;

  private record Chunk(Sentence sentence, float[] vector) {}

  public PairSimilarity(List<Sentence> a, List<float[]> ea, List<Sentence> b, List<float[]> eb,
      SentenceEmbedder embedder, TextAnalyzer analyzer) {
    this.a = a;
    this.b = b;
    this.ea = ea;
    this.eb = eb;
    this.embedder = embedder;
    this.analyzer = analyzer;
    this.semanticWeight = SentenceSimilarity.semanticWeight(embedder.sentenceModel());
    this.matrix = SentenceSimilarity.matrix(a, ea, b, eb, semanticWeight);
  }

  public double[][] matrix() {
    return matrix;
  }

  public double get(int i, int j) {
    return matrix[i][j];
  }

  /**
   * Best similarity between one sentence and a clause of the other (in either direction), or the
   * whole-sentence similarity when that is higher. Used to judge merges and splits.
   */
  public double partial(int i, int j) {
    double best = matrix[i][j];
    for (Chunk c : chunks(a.get(i))) {
      best = Math.max(best, SentenceSimilarity.combined(SentenceEmbedder.cosine(c.vector, eb.get(j)),
          SentenceSimilarity.lexical(c.sentence, b.get(j)), semanticWeight));
    }
    for (Chunk c : chunks(b.get(j))) {
      best = Math.max(best, SentenceSimilarity.combined(SentenceEmbedder.cosine(c.vector, ea.get(i)),
          SentenceSimilarity.lexical(c.sentence, a.get(i)), semanticWeight));
    }
    return best;
  }

  private Chunk[] chunks(Sentence s) {
    return chunkCache.computeIfAbsent(s.text(), text -> {
      List<String> pieces = ClauseChunker.chunks(text);
      if (pieces.isEmpty()) {
        return new Chunk[0];
      }
      List<float[]> vectors = embedder.embed(pieces);
      List<Chunk> out = new ArrayList<>();
      for (int k = 0; k < pieces.size(); k++) {
        String p = pieces.get(k);
        out.add(new Chunk(new Sentence(s.index(), s.paragraph(), p, List.of(), analyzer.terms().of(p)), vectors.get(k)));
      }
      return out.toArray(new Chunk[0]);
    });
  }
}
