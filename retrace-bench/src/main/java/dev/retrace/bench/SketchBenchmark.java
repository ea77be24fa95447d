package dev.retrace.bench;

import com.dynatrace.hash4j.similarity.ElementHashProvider;
import com.dynatrace.hash4j.similarity.SimilarityHasher;
import com.dynatrace.hash4j.similarity.SimilarityHashing;
import dev.retrace.corpus.CorpusReader;
import dev.retrace.corpus.CorpusVisitor;
import dev.retrace.documents.Document;
import dev.retrace.sketches.Sketcher;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.minhash.MinHashFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Sketch + fingerprint throughput on one core, texts in memory: Retrace's one-pass sketcher against Lucene's
 * MinHashFilter (StandardTokenizer, lowercase, 5-word shingles, default 512 buckets) on the same Reuters-21578
 * bodies in the same run, plus Lucene's tokenizer alone and hash4j's SuperMinHash on shingle-sized sets.
 * One operation is one article; MB/s = ops/s × the mean body size printed at setup.
 *
 * <p>Run: {@code java -jar retrace-bench/target/benchmarks.jar SketchBenchmark} from the repository root
 * (reads ../shared/corpora/reuters21578, or $RETRACE_SHARED/corpora/reuters21578).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Threads(1)
public class SketchBenchmark {
  private List<String> bodies;
  private long[][] shingleSets;
  private int next;
  private final Sketcher sketcher = new Sketcher();
  private final SimilarityHasher superMinHash = SimilarityHashing.superMinHash(120, 16).createHasher();

  @Setup
  public void load() {
    Path shared = Path.of(System.getenv().getOrDefault("RETRACE_SHARED", "../shared"));
    Path reuters = shared.resolve("corpora/reuters21578");
    if (!Files.isDirectory(reuters)) {
      throw new IllegalStateException(reuters.toAbsolutePath() + " not found: run from the repository root or set RETRACE_SHARED");
    }
    List<String> texts = new ArrayList<>();
    CorpusReader.read(List.of(reuters), new CorpusVisitor() {
      @Override
      public void document(Document d) {
        texts.add(d.text());
      }

      @Override
      public void skipped(String position, String problem) {}
    });
    bodies = texts;
    long chars = texts.stream().mapToLong(String::length).sum();
    SplittableRandom random = new SplittableRandom(42);
    shingleSets = new long[texts.size()][];
    for (int i = 0; i < texts.size(); i++) {
      int words = texts.get(i).split("\\s+").length;
      shingleSets[i] = random.longs(Math.max(1, words - 4)).toArray();
    }
    System.out.printf("%n%d Reuters bodies, mean %.0f chars (%.2f MB in all)%n", texts.size(), (double) chars / texts.size(),
        chars / 1e6);
  }

  private String nextBody() {
    String s = bodies.get(next);
    next = next + 1 == bodies.size() ? 0 : next + 1;
    return s;
  }

  @Benchmark
  public Object retraceSketch() {
    return sketcher.sketch(nextBody());
  }

  @Benchmark
  public long luceneMinHash5Shingles() throws IOException {
    StandardTokenizer tokenizer = new StandardTokenizer();
    tokenizer.setReader(new StringReader(nextBody()));
    ShingleFilter shingles = new ShingleFilter(new LowerCaseFilter(tokenizer), 5, 5);
    shingles.setOutputUnigrams(false);
    return consume(new MinHashFilter(shingles, MinHashFilter.DEFAULT_HASH_COUNT, MinHashFilter.DEFAULT_BUCKET_COUNT,
        MinHashFilter.DEFAULT_HASH_SET_SIZE, true));
  }

  @Benchmark
  public long luceneMinHashWords() throws IOException {
    StandardTokenizer tokenizer = new StandardTokenizer();
    tokenizer.setReader(new StringReader(nextBody()));
    return consume(new MinHashFilter(new LowerCaseFilter(tokenizer), MinHashFilter.DEFAULT_HASH_COUNT,
        MinHashFilter.DEFAULT_BUCKET_COUNT, MinHashFilter.DEFAULT_HASH_SET_SIZE, true));
  }

  @Benchmark
  public long luceneTokenizerOnly() throws IOException {
    StandardTokenizer tokenizer = new StandardTokenizer();
    tokenizer.setReader(new StringReader(nextBody()));
    return consume(tokenizer);
  }

  /** hash4j SuperMinHash, 120 components, on as many random 64-bit hashes as the body has 5-shingles. */
  @Benchmark
  public byte[] hash4jSuperMinHashOnShingleSets() {
    long[] set = shingleSets[next];
    next = next + 1 == bodies.size() ? 0 : next + 1;
    return superMinHash.compute(ElementHashProvider.ofValues(set));
  }

  private static long consume(TokenStream stream) throws IOException {
    long n = 0;
    try (stream) {
      stream.reset();
      while (stream.incrementToken()) {
        n++;
      }
      stream.end();
    }
    return n;
  }
}
