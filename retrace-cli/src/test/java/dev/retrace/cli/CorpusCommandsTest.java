package dev.retrace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.retrace.index.ArticleIndex;
import dev.retrace.index.IndexUpdater;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** index add/stats/delete, trace and scan as a user runs them, including bad input and a busy index. */
class CorpusCommandsTest {
  static final Path SEEDS = shared().resolve("seeds");

  @TempDir
  Path dir;

  static Path shared() {
    Path p = Path.of(System.getProperty("retrace.shared", "../../shared"));
    return Files.isDirectory(p) ? p : Path.of("../../shared");
  }

  private Path corpus() throws Exception {
    Path c = dir.resolve("corpus");
    Files.createDirectories(c);
    try (var seeds = Files.list(SEEDS)) {
      for (Path s : seeds.toList()) {
        Files.copy(s, c.resolve(s.getFileName()));
      }
    }
    Files.writeString(c.resolve("feed.jsonl"), String.join("\n",
        "{\"id\":\"council\",\"url\":\"https://news.example/council\",\"title\":\"Council approves budget\",\"text\":\"The city council approved a budget of 3.2 million euros on Tuesday after a long debate, the mayor said.\"}",
        "{\"id\":\"broken\",",
        "{\"id\":\"storm\",\"text\":\"A storm with winds of 120 km/h reached the coast on Monday night, the weather service said.\"}"));
    return c;
  }

  @Test
  void indexAddIsIdempotentAndStatsAndDeleteReportWhatIsThere() throws Exception {
    Path index = dir.resolve("idx");
    Path corpus = corpus();
    CliRun add = CliRun.of("index", "add", corpus.toString(), "--index", index.toString(), "--quiet");
    assertThat(add.exit()).as(add.err()).isZero();
    assertThat(add.err()).contains("5 added").contains("skipped feed.jsonl:2: not valid JSON").contains("1 skipped");

    CliRun again = CliRun.of("index", "add", corpus.toString(), "--index", index.toString(), "--quiet");
    assertThat(again.err()).contains("0 added, 5 unchanged");

    Files.writeString(dir.resolve("mirror.txt"), Files.readString(corpus.resolve("feed.jsonl")).lines().findFirst()
        .map(l -> "The city council approved a budget of 3.2 million euros on Tuesday after a long debate, the mayor said.").orElseThrow());
    CliRun dup = CliRun.of("index", "add", dir.resolve("mirror.txt").toString(), "--index", index.toString(), "--quiet");
    assertThat(dup.err()).contains("1 exact duplicates");

    CliRun stats = CliRun.of("index", "stats", "--index", index.toString());
    assertThat(stats.exit()).as(stats.err()).isZero();
    assertThat(stats.out()).contains("articles:           6").contains("exact duplicates:   1").contains("size on disk:");

    CliRun delete = CliRun.of("index", "delete", "storm", "nope", "--index", index.toString());
    assertThat(delete.exit()).isZero();
    assertThat(delete.err()).contains("not in the index: nope").contains("1 deleted");
    assertThat(CliRun.of("index", "stats", "--index", index.toString()).out()).contains("articles:           5");
  }

  @Test
  void traceFindsTheSourceOfTheSeedRewrite() throws Exception {
    Path index = dir.resolve("idx");
    assertThat(CliRun.of("index", "add", corpus().toString(), "--index", index.toString(), "--quiet").exit()).isZero();
    Path rewrite;
    try (var seeds = Files.list(SEEDS)) {
      rewrite = seeds.filter(p -> p.getFileName().toString().startsWith("001_")).findFirst().orElseThrow();
    }
    CliRun text = CliRun.of("trace", rewrite.toString(), "--index", index.toString());
    assertThat(text.exit()).as(text.err()).isZero();
    assertThat(text.out()).containsPattern("source +derived .*corpus/000_");

    // by id of an indexed article
    CliRun json = CliRun.of("trace", "corpus/000_" + seedName("000_"), "--index", index.toString(), "--json");
    assertThat(json.exit()).as(json.err()).isZero();
    JsonNode r = new ObjectMapper().readTree(json.out());
    assertThat(r.get("matches")).anyMatch(m -> m.get("id").asText().startsWith("corpus/001_"));
  }

  private static String seedName(String prefix) throws Exception {
    try (var seeds = Files.list(SEEDS)) {
      String name = seeds.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix)).findFirst().orElseThrow();
      return name.substring(prefix.length(), name.lastIndexOf('.'));
    }
  }

  @Test
  void scanWithTheFastModelFindsTheSamePairs() throws Exception {
    List<String> found = new java.util.ArrayList<>();
    Path corpus = corpus();
    for (String model : List.of("bge-small", "minilm")) {
      Path out = dir.resolve("scan-" + model);
      CliRun scan = CliRun.of("scan", corpus.toString(), "--out", out.toString(), "--quiet", "--model", model);
      assertThat(scan.exit()).as(scan.err()).isZero();
      StringBuilder pairs = new StringBuilder();
      for (String line : Files.readAllLines(out.resolve("pairs.jsonl"))) {
        com.fasterxml.jackson.databind.JsonNode p = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
        pairs.append(p.path("source").asText()).append(" -> ").append(p.path("copy").asText()).append(' ')
            .append(p.path("relation").asText()).append('\n');
      }
      found.add(pairs.toString());
    }
    assertThat(found.get(0)).contains("derived").isEqualTo(found.get(1));
  }

  @Test
  void scanWritesEveryOutputAndIndexStatsReportsIt() throws Exception {
    Path out = dir.resolve("scan");
    CliRun scan = CliRun.of("scan", corpus().toString(), "--out", out.toString(), "--quiet");
    assertThat(scan.exit()).as(scan.err()).isZero();
    for (String f : List.of("pairs.jsonl", "stories.jsonl", "graph.json", "report.html", "summary.json")) {
      assertThat(out.resolve(f)).exists();
    }
    assertThat(Files.readString(out.resolve("pairs.jsonl"))).contains("\"relation\":\"derived\"");
    CliRun stats = CliRun.of("index", "stats", "--index", out.resolve("index").toString());
    assertThat(stats.out()).contains("derived pairs:      1");
  }

  @Test
  void aMissingIndexIsBadInputAndABusyIndexCannotBeWritten() throws Exception {
    CliRun missing = CliRun.of("trace", SEEDS.toString(), "--index", dir.resolve("none").toString());
    assertThat(missing.exit()).isEqualTo(RetraceCommand.EXIT_INPUT);
    assertThat(missing.err().strip()).startsWith("retrace: ").contains("no index here").doesNotContain("Exception");

    Path index = dir.resolve("idx");
    try (IndexUpdater writer = ArticleIndex.openForWriting(index)) {
      CliRun busy = CliRun.of("index", "add", SEEDS.toString(), "--index", index.toString(), "--quiet");
      assertThat(busy.exit()).isEqualTo(RetraceCommand.EXIT_OUTPUT);
      assertThat(busy.err()).contains("index busy");
    }
  }
}
