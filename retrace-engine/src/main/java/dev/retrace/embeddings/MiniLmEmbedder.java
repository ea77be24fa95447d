package dev.retrace.embeddings;

import java.util.List;

/**
 * all-MiniLM-L6-v2 (quantised), run in-process with ONNX Runtime from the model that ships inside
 * langchain4j's Maven artifact: nothing is downloaded at run time. Sentences are embedded in padded batches
 * ({@link BatchedMiniLmEmbedder}, truncated at 256 word-piece positions) behind an LRU cache by exact text
 * ({@link CachingEmbedder}, capacity {@code -Dretrace.embed.cache}, default 8192; 0 disables it).
 * Callers embed sentences and clauses, never whole articles. Thread-safe.
 */
public final class MiniLmEmbedder implements SentenceEmbedder {
  private static volatile MiniLmEmbedder shared;
  private final BatchedMiniLmEmbedder model;
  private final CachingEmbedder cached;

  private MiniLmEmbedder() {
    this.model = new BatchedMiniLmEmbedder();
    this.cached = new CachingEmbedder(model, Integer.getInteger("retrace.embed.cache", CachingEmbedder.DEFAULT_CAPACITY));
  }

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
    return texts.isEmpty() ? List.of() : cached.embed(texts);
  }

  /** The batched model behind the cache (benchmarks, tests). */
  public BatchedMiniLmEmbedder model() {
    return model;
  }

  /** The cache in front of the model (statistics, benchmarks). */
  public CachingEmbedder cache() {
    return cached;
  }
}
