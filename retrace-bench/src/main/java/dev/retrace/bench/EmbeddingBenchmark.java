package dev.retrace.bench;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.retrace.embeddings.OnnxSentenceEmbedder;
import dev.retrace.embeddings.SentenceModel;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Sentence embedding throughput, sentences per second, one calling thread, no cache: 256 BBC news sentences
 * (about 28 word-piece positions each) embedded in one call.
 *
 * <ul>
 *   <li>{@code batched}: {@link OnnxSentenceEmbedder} running {@code model} with {@code batchSize} texts per ONNX run and
 *       {@code parallelism} concurrent runs (1 = everything on the calling thread; 2 = calling thread plus one
 *       helper, the product's default on this 2-core machine);</li>
 *   <li>{@code langchain4j}: langchain4j's model, one {@code embed} call per sentence (what the engine did
 *       before; ONNX Runtime's default intra-op pool uses every core).</li>
 * </ul>
 *
 * After each iteration the process CPU time per sentence is printed ({@link ProcessCpu}).
 *
 * <p>Run: {@code java -jar retrace-bench/target/benchmarks.jar EmbeddingBenchmark}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
@Threads(1)
@State(Scope.Benchmark)
public class EmbeddingBenchmark {
  static final int SENTENCES = 256;

  @Param({"bge-small", "minilm"})
  String model;

  @Param({"1", "8", "32"})
  int batchSize;

  @Param({"1", "2"})
  int parallelism;

  List<String> sentences;
  OnnxSentenceEmbedder embedder;

  @Setup(Level.Trial)
  public void setUp() {
    sentences = BenchTexts.sentences().subList(0, SENTENCES);
    embedder = new OnnxSentenceEmbedder(SentenceModel.byId(model), new OnnxSentenceEmbedder.Options(
        OnnxSentenceEmbedder.DEFAULT_MAX_TOKENS, batchSize, parallelism));
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    embedder.close();
  }

  @Benchmark
  @OperationsPerInvocation(SENTENCES)
  public List<float[]> batched(ProcessCpu cpu) {
    cpu.perCall = SENTENCES;
    cpu.count();
    return embedder.embed(sentences);
  }

  /**
   * langchain4j, one {@code embed} call per sentence: the engine before issue 2 (no parameters). Run alone with
   * {@code java -jar benchmarks.jar 'EmbeddingBenchmark.Langchain4j'}.
   */
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 3, time = 5)
  @Measurement(iterations = 5, time = 5)
  @Fork(1)
  @Threads(1)
  @State(Scope.Benchmark)
  public static class Langchain4j {
    List<TextSegment> segments;
    AllMiniLmL6V2QuantizedEmbeddingModel model;

    @Setup(Level.Trial)
    public void setUp() {
      segments = BenchTexts.sentences().subList(0, SENTENCES).stream().map(TextSegment::from).toList();
      model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    @Benchmark
    @OperationsPerInvocation(SENTENCES)
    public int embedEach(ProcessCpu cpu) {
      cpu.perCall = SENTENCES;
      cpu.count();
      int n = 0;
      for (TextSegment s : segments) {
        n += model.embed(s).content().dimension();
      }
      return n;
    }
  }
}
