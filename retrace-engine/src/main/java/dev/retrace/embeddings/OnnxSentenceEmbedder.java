package dev.retrace.embeddings;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.TokenizersLibrary;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sentence embeddings of a {@link SentenceModel} straight on ONNX Runtime, in parallel over the cores and,
 * optionally, in padded batches. The model bytes and tokenizer are read from langchain4j's Maven artifacts
 * (nothing is downloaded); pooling is the model's own (MiniLM: mean over the text's word pieces, [CLS] and
 * [SEP] included, exactly as langchain4j's {@code AllMiniLmL6V2QuantizedEmbeddingModel}; BGE: the [CLS]
 * vector), then L2 normalisation and, for models that need it, centring on the shipped centroid (see
 * {@link SentenceModel}). Written on ONNX Runtime directly, without langchain4j's per-text overhead (it
 * tokenizes every text three times and copies the output through nested Java arrays).
 *
 * <p><b>Batch size.</b> The models quantise their activations dynamically, with one scale per tensor: in a
 * padded batch every sentence's int8 rounding depends on its batch-mates (and on the padding), which moves
 * its vector to a cosine of about 0.99 (0.96 for one-word texts) from the vector it gets alone. With the
 * default batch size of 1 a text's vector is a pure function of the text, and so independent of call history
 * and of the cache; batches ({@code -Dretrace.embed.batch=32}) save some CPU time at the price of that
 * jitter. See docs/BENCHMARKS.md, "Compare speed (issue 2)".
 *
 * <p><b>Truncation.</b> langchain4j truncates at the tokenizer file's 128 positions (126 word pieces plus
 * [CLS]/[SEP]) and silently drops the rest of a long sentence. The default here is 256 positions, the
 * {@code max_seq_length} sentence-transformers itself uses for MiniLM (position embeddings of both models go
 * to 512): a changed figure at the end of a long news sentence still reaches the embedding. Longer texts are
 * still truncated; callers embed sentences and clauses, never articles.
 *
 * <p><b>Threads.</b> Every ONNX run uses one intra-op thread, and at most {@code parallelism} runs (default:
 * the number of cores) execute at once across all callers. One caller with many sentences gets them run in
 * parallel (the calling thread plus {@code parallelism - 1} helper threads); several callers (the batch
 * runner's workers) each run their own sentences without oversubscribing the cores. Thread-safe.
 */
public final class OnnxSentenceEmbedder implements SentenceEmbedder, AutoCloseable {
  /** Embedding dimension of every {@link SentenceModel}. */
  public static final int DIMENSION = SentenceModel.DIMENSION;
  /** Default truncation in word-piece positions, [CLS] and [SEP] included (sentence-transformers' value). */
  public static final int DEFAULT_MAX_TOKENS = 256;
  /** Default largest number of texts in one ONNX run: 1, so that vectors do not depend on batch-mates. */
  public static final int DEFAULT_BATCH_SIZE = 1;
  /** Batches are also capped by padded positions (sentences x longest), so long sentences run in smaller ones. */
  private static final int MAX_BATCH_POSITIONS = 4096;
  /** What empty or whitespace-only texts are embedded as (langchain4j refuses them). */
  private static final String EMPTY_STAND_IN = ".";

  private final SentenceModel model;
  /** The model's centroid when its vectors are centred, else null. */
  private final float[] centroid;
  private final OrtEnvironment environment;
  private final OrtSession session;
  private final boolean wantsTokenTypes;
  private final HuggingFaceTokenizer tokenizer;
  private final int maxTokens;
  private final int batchSize;
  private final int parallelism;
  private final Semaphore runs;
  private final ExecutorService helpers;

  /** Settings; {@link #defaults()} reads the {@code retrace.embed.*} system properties. */
  public record Options(int maxTokens, int batchSize, int parallelism) {
    public Options {
      if (maxTokens < 3 || maxTokens > 512) {
        throw new IllegalArgumentException("maxTokens must be in [3, 512]: " + maxTokens);
      }
      if (batchSize < 1) {
        throw new IllegalArgumentException("batchSize must be positive: " + batchSize);
      }
      if (parallelism < 1) {
        throw new IllegalArgumentException("parallelism must be positive: " + parallelism);
      }
    }

    /**
     * 256 positions, one text per run, one concurrent run per core; overridable with the system properties
     * {@code retrace.embed.maxTokens}, {@code retrace.embed.batch} and {@code retrace.embed.threads}.
     */
    public static Options defaults() {
      return new Options(Integer.getInteger("retrace.embed.maxTokens", DEFAULT_MAX_TOKENS),
          Integer.getInteger("retrace.embed.batch", DEFAULT_BATCH_SIZE),
          Integer.getInteger("retrace.embed.threads", Runtime.getRuntime().availableProcessors()));
    }

    public Options withMaxTokens(int n) {
      return new Options(n, batchSize, parallelism);
    }

    public Options withBatchSize(int n) {
      return new Options(maxTokens, n, parallelism);
    }

    public Options withParallelism(int n) {
      return new Options(maxTokens, batchSize, n);
    }
  }

  public OnnxSentenceEmbedder(SentenceModel model, Options options) {
    this(model, options, true);
  }

  /**
   * @param centre false to get the model's raw unit vectors even when it is normally centred (only for
   *     computing the centroid itself)
   */
  public OnnxSentenceEmbedder(SentenceModel model, Options options, boolean centre) {
    this.model = model;
    this.centroid = centre ? model.centroid() : null;
    this.maxTokens = options.maxTokens();
    this.batchSize = options.batchSize();
    this.parallelism = options.parallelism();
    this.runs = new Semaphore(parallelism);
    // The tokenizer (native library, 700 kB of JSON) and the ONNX session (23 or 34 MB inflated from the jar,
    // then optimised) take about 0.4 s each to load: load them side by side.
    CompletableFuture<HuggingFaceTokenizer> tokenizerLoad = CompletableFuture.supplyAsync(() -> loadTokenizer(model, maxTokens),
        r -> {
          Thread t = new Thread(r, "retrace-embed-tokenizer");
          t.setDaemon(true);
          t.start();
        });
    try {
      this.environment = OrtEnvironment.getEnvironment();
      byte[] onnx;
      try (InputStream in = resource(model, model.modelResource())) {
        onnx = in.readAllBytes();
      }
      try (OrtSession.SessionOptions so = new OrtSession.SessionOptions()) {
        so.setIntraOpNumThreads(1);
        so.setInterOpNumThreads(1);
        so.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
        so.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        // Shapes change with every run; a memory plan recorded for one shape does not help the next.
        so.setMemoryPatternOptimization(false);
        so.addConfigEntry("session.intra_op.allow_spinning", "0");
        this.session = environment.createSession(onnx, so);
      }
      this.wantsTokenTypes = session.getInputNames().contains("token_type_ids");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the " + model.description() + " model from the class path", e);
    } catch (OrtException e) {
      throw new IllegalStateException("cannot start ONNX Runtime for the " + model.description() + " model", e);
    }
    try {
      this.tokenizer = tokenizerLoad.join();
    } catch (CompletionException e) {
      try {
        session.close();
      } catch (OrtException ignored) {
        // the tokenizer's failure is the one to report
      }
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
    this.helpers = parallelism > 1 ? Executors.newFixedThreadPool(parallelism - 1, daemonThreads()) : null;
  }

  private static HuggingFaceTokenizer loadTokenizer(SentenceModel model, int maxTokens) {
    try (InputStream in = resource(model, model.tokenizerResource())) {
      return HuggingFaceTokenizer.newInstance(in, Map.of(
          "padding", "false",
          "truncation", "true",
          "maxLength", Integer.toString(maxTokens),
          "modelMaxLength", "512",
          "addSpecialTokens", "true"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the " + model.description() + " tokenizer from the class path", e);
    }
  }

  private static InputStream resource(SentenceModel model, String name) {
    InputStream in = OnnxSentenceEmbedder.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(name + " is not on the class path (it ships in " + model.artifact() + ")");
    }
    return in;
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "retrace-embed-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  @Override
  public SentenceModel sentenceModel() {
    return model;
  }

  public int maxTokens() {
    return maxTokens;
  }

  public int batchSize() {
    return batchSize;
  }

  public int parallelism() {
    return parallelism;
  }

  /** Word-piece ids of a text as the model sees it: [CLS] pieces [SEP], truncated to {@link #maxTokens()}. */
  long[] ids(String text) {
    String t = text.isBlank() ? EMPTY_STAND_IN : text;
    long[] ids = encode(t);
    if (ids.length <= 2) { // nothing the vocabulary knows (e.g. only control characters)
      ids = encode(EMPTY_STAND_IN);
    }
    return ids;
  }

  /**
   * Word-piece ids straight from the native tokenizer. {@code HuggingFaceTokenizer.encode} also fetches the
   * tokens, type ids, word ids, masks and character spans of every text through separate native calls, which
   * made tokenization 5% of a {@code --pairs} run; only the ids are needed. Truncation is configured on the
   * native tokenizer, so the ids are the same (checked against langchain4j's vectors by the tests).
   */
  private long[] encode(String text) {
    long encoding = TokenizersLibrary.LIB.encode(tokenizer.getHandle(), text, true);
    try {
      return TokenizersLibrary.LIB.getTokenIds(encoding);
    } finally {
      TokenizersLibrary.LIB.deleteEncoding(encoding);
    }
  }

  @Override
  public List<float[]> embed(List<String> texts) {
    int n = texts.size();
    if (n == 0) {
      return List.of();
    }
    long[][] ids = new long[n][];
    for (int i = 0; i < n; i++) {
      ids[i] = ids(texts.get(i));
    }
    float[][] out = new float[n][];
    List<int[]> batches = batches(ids);
    if (batches.size() == 1 || helpers == null) {
      for (int[] batch : batches) {
        runBatch(ids, batch, out);
      }
    } else {
      runParallel(ids, batches, out);
    }
    return Arrays.asList(out);
  }

  /**
   * Groups sentence indices into batches of similar length: sorted by length, then cut so that each batch
   * holds at most {@code batchSize} sentences and {@link #MAX_BATCH_POSITIONS} padded positions, and so that
   * a large call yields a multiple of {@code parallelism} batches of even size.
   */
  List<int[]> batches(long[][] ids) {
    int n = ids.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> Integer.compare(ids[x].length, ids[y].length));
    int target = batchSize;
    if (parallelism > 1 && n >= 2 * parallelism) {
      int k = (n + batchSize - 1) / batchSize;
      k = ((k + parallelism - 1) / parallelism) * parallelism;
      target = (n + k - 1) / k;
    }
    List<int[]> out = new ArrayList<>();
    int start = 0;
    while (start < n) {
      int end = start + 1;
      while (end < n && end - start < target && (end - start + 1) * ids[order[end]].length <= MAX_BATCH_POSITIONS) {
        end++;
      }
      int[] batch = new int[end - start];
      for (int k = start; k < end; k++) {
        batch[k - start] = order[k];
      }
      out.add(batch);
      start = end;
    }
    return out;
  }

  private void runParallel(long[][] ids, List<int[]> batches, float[][] out) {
    // Longest batches first so that the last one to finish is short.
    AtomicInteger next = new AtomicInteger(batches.size() - 1);
    Runnable worker = () -> {
      for (int b; (b = next.getAndDecrement()) >= 0; ) {
        runBatch(ids, batches.get(b), out);
      }
    };
    int helpersWanted = Math.min(parallelism, batches.size()) - 1;
    List<Future<?>> futures = new ArrayList<>(helpersWanted);
    for (int h = 0; h < helpersWanted; h++) {
      futures.add(helpers.submit(worker));
    }
    RuntimeException failure = null;
    try {
      worker.run();
    } catch (RuntimeException e) {
      failure = e;
      next.set(-1);
    }
    for (Future<?> f : futures) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while embedding", e);
      } catch (java.util.concurrent.ExecutionException e) {
        if (failure == null) {
          failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  /** One ONNX run over the sentences {@code batch}, padded to the longest; writes their vectors into out. */
  private void runBatch(long[][] ids, int[] batch, float[][] out) {
    int rows = batch.length;
    int len = 0;
    for (int i : batch) {
      len = Math.max(len, ids[i].length);
    }
    long[] inputIds = new long[rows * len];
    long[] mask = new long[rows * len];
    for (int r = 0; r < rows; r++) {
      long[] x = ids[batch[r]];
      System.arraycopy(x, 0, inputIds, r * len, x.length);
      Arrays.fill(mask, r * len, r * len + x.length, 1L);
    }
    long[] shape = {rows, len};
    try {
      runs.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while embedding", e);
    }
    try (OnnxTensor idsTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(inputIds), shape);
        OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
        OnnxTensor typesTensor = wantsTokenTypes
            ? OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[rows * len]), shape) : null) {
      Map<String, OnnxTensor> inputs = new HashMap<>(4);
      inputs.put("input_ids", idsTensor);
      inputs.put("attention_mask", maskTensor);
      if (typesTensor != null) {
        inputs.put("token_type_ids", typesTensor);
      }
      try (OrtSession.Result result = session.run(inputs)) {
        FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
        for (int r = 0; r < rows; r++) {
          // [CLS] pooling is the mean over the first position only.
          int pooled = model.pooling() == SentenceModel.Pooling.CLS ? 1 : ids[batch[r]].length;
          out[batch[r]] = centre(meanPoolNormalized(hidden, r, len, pooled));
        }
      }
    } catch (OrtException e) {
      throw new IllegalStateException(model.description() + " inference failed", e);
    } finally {
      runs.release();
    }
  }

  /** Mean of the first {@code tokens} position vectors of row r of a [rows, len, 384] tensor, L2-normalised. */
  private static float[] meanPoolNormalized(FloatBuffer hidden, int r, int len, int tokens) {
    float[] rows = new float[tokens * DIMENSION];
    hidden.get(r * len * DIMENSION, rows, 0, rows.length);
    double[] sum = new double[DIMENSION];
    for (int off = 0; off < rows.length; off += DIMENSION) {
      for (int d = 0; d < DIMENSION; d++) {
        sum[d] += rows[off + d];
      }
    }
    double norm = 0;
    for (double v : sum) {
      norm += v * v;
    }
    double inv = norm == 0 ? 0 : 1 / Math.sqrt(norm); // the 1/tokens of the mean cancels out
    float[] v = new float[DIMENSION];
    for (int d = 0; d < DIMENSION; d++) {
      v[d] = (float) (sum[d] * inv);
    }
    return v;
  }

  /** Centres a unit vector on the model's centroid and re-normalises it (see {@link SentenceModel}). */
  private float[] centre(float[] v) {
    if (centroid == null) {
      return v;
    }
    double norm = 0;
    for (int d = 0; d < DIMENSION; d++) {
      v[d] -= centroid[d];
      norm += (double) v[d] * v[d];
    }
    float inv = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
    for (int d = 0; d < DIMENSION; d++) {
      v[d] *= inv;
    }
    return v;
  }

  @Override
  public void close() {
    if (helpers != null) {
      helpers.shutdownNow();
    }
    try {
      session.close();
    } catch (OrtException e) {
      throw new IllegalStateException(e);
    } finally {
      tokenizer.close();
    }
  }
}
