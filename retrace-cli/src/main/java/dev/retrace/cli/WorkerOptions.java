package dev.retrace.cli;

import picocli.CommandLine.Option;

/** Options every batch command shares (a picocli mixin): worker threads, progress bar, stack traces. */
final class WorkerOptions {
  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--quiet", description = "No progress bar.")
  boolean quiet;

  @Option(names = "--debug", description = "Print stack traces of errors.")
  boolean debug;
}
