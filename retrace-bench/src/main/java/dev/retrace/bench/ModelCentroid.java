package dev.retrace.bench;

import dev.retrace.documents.Document;
import dev.retrace.documents.DocumentReader;
import dev.retrace.embeddings.OnnxSentenceEmbedder;
import dev.retrace.embeddings.SentenceModel;
import dev.retrace.text.Sentence;
import dev.retrace.text.TextAnalyzer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Rebuilds the centroid file a centred {@link SentenceModel} ships (see its class comment): the mean of the
 * model's raw unit vectors over news sentences. Takes every fifth article of a folder of .txt articles (sorted
 * by path, so the sample is reproducible), splits them with the engine's sentence splitter, keeps sentences
 * of at least five words, and stops at the given number of sentences.
 *
 * <p>Run: {@code java -cp retrace-bench/target/benchmarks.jar dev.retrace.bench.ModelCentroid MODEL_ID
 * ../shared/corpora/bbc/news OUT_FILE [SENTENCES]} (default 4,000 sentences). The shipped file was made with
 * {@code bge-small} and the defaults.
 */
public final class ModelCentroid {
  private ModelCentroid() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println("usage: ModelCentroid MODEL_ID CORPUS_DIR OUT_FILE [SENTENCES]");
      System.exit(2);
    }
    SentenceModel model = SentenceModel.byId(args[0]);
    Path corpus = Path.of(args[1]);
    Path out = Path.of(args[2]);
    int wanted = args.length > 3 ? Integer.parseInt(args[3]) : 4000;
    List<Path> files;
    try (Stream<Path> s = Files.walk(corpus)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    TextAnalyzer text = new TextAnalyzer();
    List<String> sentences = new ArrayList<>();
    for (int f = 0; f < files.size() && sentences.size() < wanted; f += 5) {
      Document d = DocumentReader.read(files.get(f));
      for (Sentence s : text.sentences(d.text())) {
        if (sentences.size() < wanted && s.text().split("\\s+").length >= 5) {
          sentences.add(s.text());
        }
      }
    }
    double[] sum = new double[SentenceModel.DIMENSION];
    try (OnnxSentenceEmbedder embedder = new OnnxSentenceEmbedder(model, OnnxSentenceEmbedder.Options.defaults(), false)) {
      for (float[] v : embedder.embed(sentences)) {
        for (int i = 0; i < sum.length; i++) {
          sum[i] += v[i];
        }
      }
    }
    double squaredNorm = 0;
    StringBuilder b = new StringBuilder();
    b.append("# centroid of ").append(model.description()).append(" unit vectors over ").append(sentences.size())
        .append(" news sentences (every fifth article of ").append(corpus.getFileName())
        .append(", sentences of 5+ words)\n");
    for (int i = 0; i < sum.length; i++) {
      sum[i] /= sentences.size();
      squaredNorm += sum[i] * sum[i];
    }
    b.append(String.format(Locale.ROOT, "# squared norm %.4f%n", squaredNorm));
    for (double v : sum) {
      b.append(String.format(Locale.ROOT, "%.7f%n", v));
    }
    Files.writeString(out, b);
    System.out.printf(Locale.ROOT, "%s: %d sentences, squared norm %.4f -> %s%n", model.id(), sentences.size(),
        squaredNorm, out);
  }
}
