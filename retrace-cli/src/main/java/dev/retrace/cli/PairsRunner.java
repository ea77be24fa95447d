package dev.retrace.cli;

import dev.retrace.Retrace;
import dev.retrace.pairs.PairLine;
import dev.retrace.pairs.PairReader;
import dev.retrace.report.ComparisonReport;
import dev.retrace.report.ReportJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Batch comparison over a pairs file: one engine (the model loads once), a pool of workers, reports written
 * in input order, bad lines reported on stderr and skipped.
 */
final class PairsRunner {
  /** Pairs in flight at once: enough to keep the workers busy, few enough to bound memory. */
  private static final int WINDOW = 512;

  private final Retrace retrace;
  private final int threads;
  private final boolean progress;

  PairsRunner(Retrace retrace, int threads, boolean progress) {
    this.retrace = retrace;
    this.threads = Math.max(1, threads);
    this.progress = progress;
  }

  int run(Path file, Path outFile, PrintWriter stdout, PrintWriter stderr) {
    List<PairLine> lines = PairReader.readAll(file);
    Path tmp = null;
    int written = 0;
    int skipped = 0;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (ProgressBar bar = progress ? bar(lines.size()) : null) {
      Writer sink;
      if (outFile != null) {
        Path dir = outFile.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        tmp = Files.createTempFile(dir, "." + outFile.getFileName(), ".tmp");
        sink = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
      } else {
        sink = new BufferedWriter(stdout);
      }
      for (int start = 0; start < lines.size(); start += WINDOW) {
        List<Future<String>> batch = new ArrayList<>();
        for (PairLine line : lines.subList(start, Math.min(lines.size(), start + WINDOW))) {
          batch.add(pool.submit(() -> compare(line)));
        }
        for (int k = 0; k < batch.size(); k++) {
          String result = batch.get(k).get();
          if (result.startsWith("{")) {
            sink.write(result);
            sink.write('\n');
            written++;
          } else {
            stderr.println("retrace: skipped " + result);
            skipped++;
          }
          if (bar != null) {
            bar.step();
          }
        }
      }
      sink.flush();
      if (outFile != null) {
        sink.close();
        Files.move(tmp, outFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        tmp = null;
      }
    } catch (IOException e) {
      throw new OutputException(outFile == null ? "stdout" : outFile.toString(), "cannot write (" + e.getMessage() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // hidden temporary file; nothing else to do
        }
      }
    }
    stderr.println("retrace: " + written + " pairs compared" + (skipped > 0 ? ", " + skipped + " lines skipped" : ""));
    stderr.flush();
    return written == 0 ? RetraceCommand.EXIT_INPUT : 0;
  }

  /** The report as one JSON line, or an error message for the line (never throws for bad content). */
  private String compare(PairLine line) {
    if (!line.ok()) {
      return line.error();
    }
    try {
      ComparisonReport r = retrace.compare(line.pair().a(), line.pair().b()).withId(line.pair().id());
      return ReportJson.compact(r);
    } catch (RuntimeException e) {
      return "line " + line.line() + " (" + line.pair().id() + "): " + e.getMessage();
    }
  }

  private static ProgressBar bar(int total) {
    return new ProgressBarBuilder().setTaskName("compare").setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
        .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(250)
        .showSpeed().build();
  }
}
