package dev.retrace.cli;

import dev.retrace.Retrace;
import dev.retrace.pairs.BatchRunner;
import dev.retrace.pairs.PairLine;
import dev.retrace.pairs.PairReader;
import dev.retrace.report.ReportJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.io.UncheckedIOException;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;

/**
 * Batch comparison over a pairs file: one engine (the model loads once), a pool of workers, reports written
 * in input order, bad lines reported on stderr and skipped.
 */
final class PairsRunner {
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
    int[] counts = new int[2]; // written, skipped
    try (ProgressBar bar = progress ? Progress.bar("compare", lines.size()) : null) {
      Writer sink;
      if (outFile != null) {
        tmp = OutputFiles.temporaryBeside(outFile);
        sink = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
      } else {
        sink = new BufferedWriter(stdout);
      }
      Writer out = sink;
      BatchRunner.run(lines, threads, pair -> ReportJson.compact(retrace.compare(pair.a(), pair.b()).withId(pair.id())),
          outcome -> {
            if (outcome.ok()) {
              try {
                out.write(outcome.value());
                out.write('\n');
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              counts[0]++;
            } else {
              stderr.println("retrace: skipped " + outcome.error());
              counts[1]++;
            }
            if (bar != null) {
              bar.step();
            }
          });
      sink.flush();
      if (outFile != null) {
        sink.close();
        Files.move(tmp, outFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        tmp = null;
      }
    } catch (IOException | UncheckedIOException e) {
      throw new OutputException(outFile == null ? "stdout" : outFile.toString(), "cannot write (" + e.getMessage() + ")");
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // hidden temporary file; nothing else to do
        }
      }
    }
    stderr.println("retrace: " + counts[0] + " pairs compared" + (counts[1] > 0 ? ", " + counts[1] + " lines skipped" : ""));
    stderr.flush();
    return counts[0] == 0 ? RetraceCommand.EXIT_INPUT : 0;
  }
}
