package dev.retrace.pairs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs work over the lines of a pairs file on a pool of threads and hands the outcomes back in input
 * order, a window at a time, so memory stays bounded and output is deterministic. A failure on one pair
 * becomes that pair's error outcome; it never stops the batch.
 */
public final class BatchRunner {
  /** Pairs in flight at once: enough to keep the workers busy, few enough to bound memory. */
  static final int WINDOW = 512;

  /** The result of one line: a value, or the reason the line was skipped. */
  public record Outcome<R>(PairLine line, R value, String error) {
    public boolean ok() {
      return error == null;
    }
  }

  public static <R> void run(List<PairLine> lines, int threads, Function<Pair, R> work, Consumer<Outcome<R>> inOrder) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
      Thread t = new Thread(r, "retrace-batch");
      t.setDaemon(true);
      return t;
    });
    try {
      for (int start = 0; start < lines.size(); start += WINDOW) {
        List<Future<Outcome<R>>> batch = new ArrayList<>();
        for (PairLine line : lines.subList(start, Math.min(lines.size(), start + WINDOW))) {
          batch.add(pool.submit(() -> one(line, work)));
        }
        for (Future<Outcome<R>> f : batch) {
          inOrder.accept(f.get());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static <R> Outcome<R> one(PairLine line, Function<Pair, R> work) {
    if (!line.ok()) {
      return new Outcome<>(line, null, line.error());
    }
    try {
      return new Outcome<>(line, work.apply(line.pair()), null);
    } catch (RuntimeException e) {
      return new Outcome<>(line, null, "line " + line.line() + " (" + line.pair().id() + "): " + e.getMessage());
    }
  }

  private BatchRunner() {}
}
