package dev.retrace.cli;

import dev.retrace.index.ArticleIndex;
import dev.retrace.index.IndexException;
import dev.retrace.index.IndexSnapshot;
import dev.retrace.report.ReportJson;
import dev.retrace.scan.CorpusScan;
import dev.retrace.trace.Verifier;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;

/** {@code retrace scan}: every copy, near-duplicate and rewrite of a corpus, its stories and who copied whom. */
@Command(name = "scan", mixinStandardHelpOptions = true,
    description = {"Scans a whole corpus: writes pairs.jsonl (every duplicate/derived pair), stories.jsonl,",
        "graph.json (who copied whom) and report.html into OUT. With PATHs, indexes them first (into OUT/index",
        "unless --index is given); without, scans the index. Run it again after an interruption to resume."},
    footer = {"%nExamples:", "  retrace scan ../shared/corpora/reuters21578 --out scan-reuters",
        "  retrace scan --index /data/idx --out scan"})
final class ScanCommand implements Callable<Integer> {
  @Mixin
  ModelOption engine = new ModelOption();

  /** Written into the index folder so that {@code index stats} can report the last scan's counts. */
  static final String SUMMARY_FILE = "retrace-scan.json";

  @Spec
  CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders to index and scan.")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where the results go.")
  Path out;

  @Option(names = "--index", paramLabel = "DIR", description = "Index folder (default: OUT/index with PATHs, else $RETRACE_INDEX or ./.retrace/index).")
  Path index;

  @Mixin
  WorkerOptions workers = new WorkerOptions();

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    Path dir = index != null ? index : paths.isEmpty() ? ArticleIndex.defaultLocation() : out.resolve("index");
    long start = System.nanoTime();
    if (!paths.isEmpty()) {
      IndexCommand.add(dir, paths, !workers.quiet, err);
    }
    CorpusScan.Summary s;
    long version;
    try (IndexSnapshot snapshot = ArticleIndex.openForReading(dir)) {
      version = snapshot.version();
      s = new CorpusScan(snapshot, new Verifier(engine.engine(), CorpusScan.CACHED_ANALYSES), out, workers.threads).run(new BarProgress(!workers.quiet));
    } catch (IndexException e) {
      throw IndexErrors.forReading(e);
    } catch (UncheckedIOException e) {
      throw new OutputException(out.toString(), "cannot write (" + e.getCause().getMessage() + ")");
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("index_version", version);
    summary.put("out", out.toAbsolutePath().toString());
    summary.put("articles", s.articles());
    summary.put("contents", s.contents());
    summary.put("exact_duplicate_pairs", s.exactDuplicatePairs());
    summary.put("compared", s.compared());
    summary.put("derived_pairs", s.derivedPairs());
    summary.put("duplicate_pairs", s.duplicatePairs());
    summary.put("stories", s.stories());
    summary.put("seconds", Math.round(seconds * 10) / 10.0);
    try {
      OutputFiles.write(dir.resolve(SUMMARY_FILE), ReportJson.pretty(summary));
    } catch (OutputException e) {
      err.println("retrace: note: cannot record the scan summary in the index (" + e.getMessage() + ")");
    }
    OutputFiles.write(out.resolve("summary.json"), ReportJson.pretty(summary));
    err.printf(Locale.ROOT, "retrace: %d articles (%d distinct), %d pairs compared: %d derived, %d duplicate (%d exact); "
            + "%d stories; %.1f s%s; results in %s%n", s.articles(), s.contents(), s.compared(), s.derivedPairs(),
        s.duplicatePairs(), s.exactDuplicatePairs(), s.stories(), seconds, s.resumed() ? " (resumed)" : "", out);
    err.flush();
    return 0;
  }

  /** Progress bar over distinct contents. */
  private static final class BarProgress implements CorpusScan.Progress {
    private final boolean show;
    private ProgressBar bar;

    BarProgress(boolean show) {
      this.show = show;
    }

    @Override
    public void start(long articles, long alreadyDone) {
      if (show) {
        bar = Progress.bar("scan", articles);
        bar.stepTo(alreadyDone);
      }
    }

    @Override
    public void advance(long articles) {
      if (bar != null) {
        bar.stepBy(articles);
        if (bar.getCurrent() >= bar.getMax()) {
          bar.close();
          bar = null;
        }
      }
    }
  }
}
