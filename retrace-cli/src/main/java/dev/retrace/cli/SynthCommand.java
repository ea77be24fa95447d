package dev.retrace.cli;

import dev.retrace.documents.InvalidInputException;
import dev.retrace.eval.Evaluation;
import dev.retrace.eval.FileMetrics;
import dev.retrace.eval.Prediction;
import dev.retrace.pairs.BatchRunner;
import dev.retrace.pairs.PairLine;
import dev.retrace.pairs.PairReader;
import dev.retrace.report.ReportJson;
import dev.retrace.synth.MinHashBaseline;
import dev.retrace.synth.SourceArticle;
import dev.retrace.synth.SourceLoader;
import dev.retrace.synth.SynthPair;
import dev.retrace.synth.SynthWriter;
import dev.retrace.synth.Synthesizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code retrace synth}: labelled derived copies of real articles, for {@code retrace eval} and corpus scans. */
@Command(name = "synth", mixinStandardHelpOptions = true,
    description = {"Generates, reproducibly, derived copies of real articles with their ground truth:",
        "  exact, near, partial, abridged, reordered and paraphrased copies; single fact edits (number,",
        "  category, attribution, hedge, quotation, negation, added sentence) on exact or near copies;",
        "  hard negatives (same category, shared names, another story).",
        "Writes OUTDIR/pairs.jsonl (task derivation, for retrace eval), OUTDIR/corpus/*.json and",
        "OUTDIR/ground-truth.jsonl. With --baseline-minhash, scores a pairs file with MinHash instead."},
    footer = {"%nExamples:",
        "  retrace synth --bbc ../shared/corpora/bbc/news --out synth --seed 1 --limit 500",
        "  retrace eval synth/pairs.jsonl",
        "  retrace synth --baseline-minhash synth/pairs.jsonl"})
final class SynthCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--bbc", paramLabel = "DIR", description = "BBC News folder (<category>/*.txt, first line the title).")
  Path bbc;

  @Option(names = "--reuters", paramLabel = "DIR", description = "Reuters-21578 folder (reut2-*.sgm).")
  Path reuters;

  @Option(names = "--out", paramLabel = "OUTDIR", description = "Where to write pairs.jsonl, corpus/ and ground-truth.jsonl.")
  Path out;

  @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Option(names = "--limit", paramLabel = "N", description = "At most N source articles per corpus (default: all).")
  int limit;

  @Option(names = "--baseline-minhash", paramLabel = "PAIRS.jsonl",
      description = "Score a derivation pairs file with MinHash of word 5-shingles instead of generating.")
  Path baseline;

  @Option(names = "--threshold", paramLabel = "J", split = ",",
      description = "MinHash Jaccard thresholds for --baseline-minhash (default: 0.5,0.8).")
  List<Double> thresholds = List.of(0.5, 0.8);

  @Option(names = "--json", description = "With --baseline-minhash: print the metrics as JSON.")
  boolean json;

  @Option(names = "--quiet", description = "No progress bar.")
  boolean quiet;

  @Option(names = "--debug", description = "Print stack traces of errors.")
  boolean debug;

  @Override
  public Integer call() throws IOException {
    if (baseline != null) {
      return baseline();
    }
    if (out == null) {
      throw new ParameterException(spec.commandLine(), "Missing required option: --out=OUTDIR");
    }
    if (bbc == null && reuters == null) {
      throw new ParameterException(spec.commandLine(), "Give --bbc DIR, --reuters DIR or both");
    }
    if (limit < 0) {
      throw new ParameterException(spec.commandLine(), "--limit must be 0 or more");
    }
    PrintWriter err = spec.commandLine().getErr();
    List<SourceArticle> sources = new ArrayList<>();
    if (bbc != null) {
      sources.addAll(SourceLoader.bbc(bbc));
    }
    if (reuters != null) {
      sources.addAll(SourceLoader.reuters(reuters));
    }
    Synthesizer synthesizer = new Synthesizer(seed);
    long corpora = sources.stream().map(SourceArticle::corpus).distinct().count();
    long total = limit > 0 ? Math.min(sources.size(), (long) limit * corpora) : sources.size();
    Synthesizer.Result result;
    try (ProgressBar bar = quiet ? null : bar("synth", total)) {
      result = synthesizer.generate(sources, limit, done -> {
        if (bar != null) {
          bar.stepTo(done);
        }
      });
    }
    try {
      SynthWriter.write(result, out);
    } catch (IOException e) {
      throw new OutputException(out.toString(), "cannot write (" + e.getMessage() + ")");
    }
    Map<String, Integer> byKind = new TreeMap<>();
    for (SynthPair p : result.pairs()) {
      String key = p.edits().isEmpty() ? p.derivation().json() : p.edits().get(0).kind() + " (on " + p.derivation().json() + ")";
      byKind.merge(key, 1, Integer::sum);
    }
    err.println("retrace: wrote " + result.pairs().size() + " pairs, " + result.corpus().size() + " corpus articles, "
        + result.truth().size() + " ground-truth lines to " + out);
    byKind.forEach((k, v) -> err.println(String.format(Locale.ROOT, "  %-40s %d", k, v)));
    return 0;
  }

  /** A progress bar on stderr, in the style of the other commands'. */
  private static ProgressBar bar(String task, long total) {
    return new me.tongfei.progressbar.ProgressBarBuilder().setTaskName(task).setInitialMax(total)
        .setStyle(me.tongfei.progressbar.ProgressBarStyle.ASCII)
        .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
        .setUpdateIntervalMillis(250).showSpeed().build();
  }

  /** The MinHash baseline on a pairs file: the same metrics as eval, one block per threshold. */
  private int baseline() {
    PrintWriter outWriter = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<PairLine> lines = PairReader.readAll(baseline);
    List<double[]> scores = new ArrayList<>();
    List<Prediction> base = new ArrayList<>();
    try (ProgressBar bar = quiet ? null : bar("minhash", lines.size())) {
      BatchRunner.run(lines, Runtime.getRuntime().availableProcessors(), pair -> {
        double j = MinHashBaseline.jaccard(pair.a().text(), pair.b().text());
        double label = pair.label() == null ? Double.NaN : pair.label().asDouble();
        List<String> kinds = new ArrayList<>();
        String derivation = null;
        if (pair.meta() != null) {
          if (pair.meta().has("edits")) {
            pair.meta().get("edits").forEach(e -> kinds.add(e.path("kind").asText()));
          }
          derivation = pair.meta().hasNonNull("derivation") ? pair.meta().get("derivation").asText() : null;
        }
        return new Prediction(pair.id(), "derivation", j, false, List.of(), label, kinds, derivation);
      }, outcome -> {
        if (outcome.ok()) {
          base.add(outcome.value());
        } else {
          err.println("retrace: skipped " + outcome.error());
        }
        if (bar != null) {
          bar.step();
        }
      });
    }
    if (base.isEmpty()) {
      throw new InvalidInputException(baseline.toString(), "no pairs could be read");
    }
    Map<String, FileMetrics> summary = new LinkedHashMap<>();
    for (double t : thresholds) {
      List<Prediction> decided = base.stream().map(p -> new Prediction(p.id(), p.task(), p.score(), p.score() >= t,
          List.of(), p.label(), List.of(), p.kind())).toList();
      String name = String.format(Locale.ROOT, "%s minhash-5shingle J>=%.2f", baseline.getFileName(), t);
      FileMetrics m = Evaluation.of(name, decided, lines.size() - base.size());
      summary.put(name, new FileMetrics(m.file(), m.task(), m.n(), m.skipped(), m.accuracy(), m.precision(), m.recall(),
          m.f1(), m.rocAuc(), null, null, null, null, m.byDerivation(), null));
    }
    if (json) {
      outWriter.println(ReportJson.pretty(summary));
    } else {
      summary.values().forEach(m -> outWriter.println(EvalCommand.describe(m)));
    }
    outWriter.flush();
    return 0;
  }
}
