package dev.retrace.embeddings;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * all-MiniLM-L6-v2 (quantised), run in-process with ONNX Runtime from the model that ships inside
 * langchain4j's Maven artifact: nothing is downloaded at run time. Its tokenizer silently truncates
 * inputs to 128 word-pieces, so callers embed sentences, never whole articles. Thread-safe.
 */
public final class MiniLmEmbedder implements SentenceEmbedder {
  private static volatile MiniLmEmbedder shared;
  private final EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

  private MiniLmEmbedder() {}

  /** The process-wide instance; the model loads once (about half a second). */
  public static MiniLmEmbedder shared() {
    MiniLmEmbedder s = shared;
    if (s == null) {
      synchronized (MiniLmEmbedder.class) {
        s = shared;
        if (s == null) {
          shared = s = new MiniLmEmbedder();
        }
      }
    }
    return s;
  }

  @Override
  public List<float[]> embed(List<String> texts) {
    if (texts.isEmpty()) {
      return List.of();
    }
    List<TextSegment> segments = new ArrayList<>(texts.size());
    for (String t : texts) {
      segments.add(TextSegment.from(t.isBlank() ? "." : t));
    }
    List<Embedding> embeddings = model.embedAll(segments).content();
    List<float[]> out = new ArrayList<>(embeddings.size());
    for (Embedding e : embeddings) {
      float[] v = e.vector();
      double norm = 0;
      for (float x : v) {
        norm += x * x;
      }
      float inv = norm == 0 ? 0f : (float) (1 / Math.sqrt(norm));
      float[] u = new float[v.length];
      for (int i = 0; i < v.length; i++) {
        u[i] = v[i] * inv;
      }
      out.add(u);
    }
    return out;
  }
}
