package dev.retrace.compare;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Locates ../shared (the seeds, eval sets and corpora beside the repository). */
public final class SharedData {
  public static Path root() {
    Path p = Path.of(System.getProperty("retrace.shared", "../shared"));
    if (!Files.isDirectory(p)) {
      p = Path.of("../../shared");
    }
    return p;
  }

  /** A seed article file by its number prefix ("000"), skipping the test only outside CI when absent. */
  public static Path seed(String prefix) throws java.io.IOException {
    Path dir = root().resolve("seeds");
    if (!Files.isDirectory(dir) && System.getenv("CI") == null) {
      Assumptions.abort("../shared/seeds not present");
    }
    try (var files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().startsWith(prefix + "_")).findFirst()
          .orElseThrow(() -> new IllegalStateException("seed " + prefix + " missing in " + dir));
    }
  }

  private SharedData() {}
}
