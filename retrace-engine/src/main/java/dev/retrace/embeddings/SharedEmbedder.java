package dev.retrace.embeddings;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The process-wide embedder of one {@link SentenceModel}, run in-process with ONNX Runtime from the model
 * that ships inside langchain4j's Maven artifact: nothing is downloaded at run time. Texts are embedded by
 * {@link OnnxSentenceEmbedder} (straight on ONNX Runtime, in parallel over the cores, truncated at 256
 * word-piece positions; see there for batch settings) behind an LRU cache by exact text
 * ({@link CachingEmbedder}, capacity {@code -Dretrace.embed.cache}, default 8192; 0 disables it).
 * Callers embed sentences and clauses, never whole articles. Thread-safe.
 *
 * <p>The model (about a second to load) loads on a background thread from the first {@link #shared()}
 * call, while the caller goes on loading the sentence and token models and reading articles; the first
 * {@link #embed} waits for it and reports a loading failure.
 */
public final class SharedEmbedder implements SentenceEmbedder {
  private static final Map<SentenceModel, SharedEmbedder> SHARED = new EnumMap<>(SentenceModel.class);
  private final SentenceModel model;
  private final CompletableFuture<CachingEmbedder> loading;

  private SharedEmbedder(SentenceModel model) {
    this.model = model;
    int capacity = Integer.getInteger("retrace.embed.cache", CachingEmbedder.DEFAULT_CAPACITY);
    this.loading = new CompletableFuture<>();
    Thread t = new Thread(() -> {
      try {
        loading.complete(new CachingEmbedder(new OnnxSentenceEmbedder(model, OnnxSentenceEmbedder.Options.defaults()), capacity));
      } catch (Throwable e) {
        loading.completeExceptionally(e);
      }
    }, "retrace-embed-load");
    t.setDaemon(true);
    t.start();
  }

  private CachingEmbedder ready() {
    try {
      return loading.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("cannot load the " + model.description() + " model", cause);
    }
  }

  /** The process-wide instance of the {@link SentenceModel#selected() selected} model. */
  public static SharedEmbedder shared() {
    return shared(SentenceModel.selected());
  }

  /** The process-wide instance of {@code model}; each model loads once per JVM, in the background (see above). */
  public static SharedEmbedder shared(SentenceModel model) {
    synchronized (SHARED) {
      return SHARED.computeIfAbsent(model, SharedEmbedder::new);
    }
  }

  @Override
  public SentenceModel sentenceModel() {
    return model;
  }

  @Override
  public List<float[]> embed(List<String> texts) {
    return texts.isEmpty() ? List.of() : ready().embed(texts);
  }

  /** The batched model behind the cache (benchmarks, tests). */
  public OnnxSentenceEmbedder model() {
    return (OnnxSentenceEmbedder) ready().delegate();
  }

  /** The cache in front of the model (statistics, benchmarks). */
  public CachingEmbedder cache() {
    return ready();
  }
}
