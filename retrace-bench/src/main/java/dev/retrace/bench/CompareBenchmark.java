package dev.retrace.bench;

import dev.retrace.Retrace;
import dev.retrace.documents.Document;
import dev.retrace.documents.DocumentReader;
import dev.retrace.embeddings.SentenceModel;
import dev.retrace.embeddings.SharedEmbedder;
import dev.retrace.report.ComparisonReport;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code Retrace.create(model).compare(a, b)} of two ~800-word articles (a BBC business article, 823 words, and a
 * rewrite-like copy of it, 742 words: reworded, trimmed and reordered; bundled in this module), warm, one
 * calling thread, time per comparison with the sentence embeddings included.
 *
 * <p>{@code embeddingCache}: {@code fresh} empties the embedding cache before every comparison, so every
 * sentence and clause of both articles is embedded (a new pair of articles; sentences the copy kept word for
 * word are still embedded once, as in the product); {@code kept} leaves it full, which leaves the cost of
 * everything except the embeddings. The sample mode reports the median (p0.50) next to the mean; after each
 * iteration the process CPU time per comparison is printed too ({@link ProcessCpu}).
 *
 * <p>Run: {@code java -jar retrace-bench/target/benchmarks.jar CompareBenchmark}
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 4)
@Measurement(iterations = 5, time = 6)
@Fork(1)
@Threads(1)
@State(Scope.Benchmark)
public class CompareBenchmark {
  @Param({"fresh", "kept"})
  String embeddingCache;

  /** The sentence model ({@code --model} of the command line). */
  @Param({"bge-small", "minilm"})
  String model;

  Retrace retrace;
  Document source;
  Document rewrite;

  @Setup(Level.Trial)
  public void setUp() {
    retrace = Retrace.create(SentenceModel.byId(model));
    source = DocumentReader.fromText(BenchTexts.read("source.txt"), "source", "source.txt");
    rewrite = DocumentReader.fromText(BenchTexts.read("rewrite.txt"), "rewrite", "rewrite.txt");
  }

  @Setup(Level.Invocation)
  public void emptyCache() {
    if (embeddingCache.equals("fresh")) {
      SharedEmbedder.shared(SentenceModel.byId(model)).cache().clear();
    }
  }

  @Benchmark
  public ComparisonReport compare(ProcessCpu cpu) {
    cpu.count();
    return retrace.compare(source, rewrite);
  }
}
