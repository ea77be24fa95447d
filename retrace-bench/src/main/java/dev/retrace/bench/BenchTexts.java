package dev.retrace.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The texts the benchmarks run on, bundled in this module's resources (see resources/dev/retrace/bench/README.md). */
final class BenchTexts {
  static String read(String name) {
    try (InputStream in = BenchTexts.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " missing from the benchmark jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** 256 news sentences, one a line. */
  static List<String> sentences() {
    return read("sentences.txt").lines().filter(l -> !l.isBlank()).toList();
  }

  private BenchTexts() {}
}
