package dev.retrace.cli;

import dev.retrace.eval.Evaluation;
import dev.retrace.eval.FileMetrics;
import dev.retrace.eval.PairJudge;
import dev.retrace.eval.Prediction;
import dev.retrace.pairs.BatchRunner;
import dev.retrace.pairs.PairLine;
import dev.retrace.pairs.PairReader;
import dev.retrace.report.ReportJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code retrace eval FILE.jsonl...}: measures the engine on labelled pairs. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Runs the engine on labelled pairs ({id, task, a, b, label, meta}) and prints, per file:",
        "  paraphrase: accuracy, precision, recall, F1, ROC-AUC;",
        "  similarity: Pearson and Spearman;",
        "  consistency: balanced accuracy, ROC-AUC, recall per meta.edit_types.",
        "Decision thresholds are fixed in the engine (docs/QUALITY.md), never fitted to the file."},
    footer = {"%nExample:", "  retrace eval ../shared/eval/msrp-train.jsonl --predictions msrp.predictions.jsonl"})
final class EvalCommand implements Callable<Integer> {
  @Mixin
  ModelOption engine = new ModelOption();

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE.jsonl", description = "Labelled pairs files.")
  List<Path> files;

  @Option(names = "--json", description = {"Print a machine-readable summary keyed by file name",
      "(file#task for each task of a file that mixes tasks)."})
  boolean json;

  @Option(names = "--predictions", paramLabel = "OUT.jsonl", description = "Write one prediction per pair.")
  Path predictions;

  @Mixin
  WorkerOptions workers = new WorkerOptions();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PairJudge judge = new PairJudge(engine.engine());
    Map<String, FileMetrics> summary = new LinkedHashMap<>();
    StringBuilder predictionLines = new StringBuilder();
    for (Path file : files) {
      List<PairLine> lines = PairReader.readAll(file);
      List<Prediction> done = new ArrayList<>();
      int[] skipped = {0};
      try (ProgressBar bar = workers.quiet ? null : Progress.bar(file.getFileName().toString(), lines.size())) {
        BatchRunner.run(lines, workers.threads, judge::judge, outcome -> {
          if (outcome.ok()) {
            done.add(outcome.value());
            if (predictions != null) {
              predictionLines.append(ReportJson.compact(outcome.value())).append('\n');
            }
          } else {
            skipped[0]++;
            err.println("retrace: skipped " + outcome.error());
          }
          if (bar != null) {
            bar.step();
          }
        });
      }
      summary.putAll(Evaluation.byTask(file.getFileName().toString(), done, skipped[0]));
    }
    if (predictions != null) {
      OutputFiles.write(predictions, predictionLines.toString());
    }
    if (json) {
      out.println(ReportJson.pretty(summary));
    } else {
      summary.values().forEach(m -> out.println(describe(m)));
    }
    out.flush();
    return summary.values().stream().allMatch(m -> m.n() == 0) ? RetraceCommand.EXIT_INPUT : 0;
  }

  static String describe(FileMetrics m) {
    StringBuilder sb = new StringBuilder();
    sb.append(m.file()).append("  (").append(m.task()).append(", ").append(m.n())
        .append(m.n() == 1 ? " pair" : " pairs");
    if (m.skipped() > 0) {
      sb.append(", ").append(m.skipped()).append(" skipped");
    }
    sb.append(")\n");
    metric(sb, "accuracy", m.accuracy());
    metric(sb, "precision", m.precision());
    metric(sb, "recall", m.recall());
    metric(sb, "F1", m.f1());
    metric(sb, "ROC-AUC", m.rocAuc());
    metric(sb, "Pearson", m.pearson());
    metric(sb, "Spearman", m.spearman());
    metric(sb, "balanced accuracy", m.balancedAccuracy());
    if (m.recallByEditType() != null && !m.recallByEditType().isEmpty()) {
      sb.append("  recall by edit type:\n");
      m.recallByEditType().forEach((k, v) -> sb.append(String.format(Locale.ROOT, "    %-28s %.3f%n", k, v)));
    }
    if (m.spearmanByGenre() != null) {
      sb.append("  Spearman by genre:\n");
      m.spearmanByGenre().forEach((k, v) -> sb.append(String.format(Locale.ROOT, "    %-28s %.4f%n", k, v)));
    }
    kinds(sb, "derived vs not, by derivation (each kind with all not-derived pairs; none: share rejected):",
        m.byDerivation());
    kinds(sb, "by change kind (derived pairs; found = the report has a change of that kind):", m.byChangeKind());
    if (m.directionByDerivation() != null) {
      sb.append("  direction of derived pairs (right = the known source found; unknown = no direction claimed):\n");
      sb.append(String.format(Locale.ROOT, "    %-22s %6s %7s %7s %8s%n", "kind", "n", "right", "wrong", "unknown"));
      m.directionByDerivation().forEach((k, v) -> sb.append(String.format(Locale.ROOT, "    %-22s %6d %7d %7d %8d%n",
          k, v.n(), v.right(), v.wrong(), v.unknown())));
    }
    return sb.toString();
  }

  private static void kinds(StringBuilder sb, String heading, Map<String, FileMetrics.KindMetrics> kinds) {
    if (kinds == null || kinds.isEmpty()) {
      return;
    }
    sb.append("  ").append(heading).append('\n');
    sb.append(String.format(Locale.ROOT, "    %-22s %6s %9s %9s %9s%n", "kind", "n", "precision", "recall", "F1"));
    kinds.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "    %-22s %6d %9s %9s %9s%n", k, v.n(),
        num(v.precision()), num(v.recall()), num(v.f1()))));
  }

  private static String num(Double v) {
    return v == null ? "-" : String.format(Locale.ROOT, "%.3f", v);
  }

  private static void metric(StringBuilder sb, String name, Double value) {
    if (value != null) {
      sb.append(String.format(Locale.ROOT, "  %-18s %.4f%n", name, value));
    }
  }
}
