package dev.retrace.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.retrace.Retrace;
import dev.retrace.compare.SharedData;
import dev.retrace.documents.Document;
import dev.retrace.documents.DocumentReader;
import dev.retrace.index.ArticleIndex;
import dev.retrace.index.IndexSnapshot;
import dev.retrace.index.IndexUpdater;
import dev.retrace.trace.Verifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusScanTest {
  @TempDir
  Path tmp;

  private static final CorpusScan.Progress QUIET = new CorpusScan.Progress() {
    @Override
    public void start(long articles, long alreadyDone) {}

    @Override
    public void advance(long articles) {}
  };

  /** The seeds, an exact mirror of 000, a copy with a hostile title, and unrelated BBC articles. */
  private Path index() throws Exception {
    Path dir = tmp.resolve("index");
    Document s000 = DocumentReader.read(SharedData.seed("000"));
    try (IndexUpdater u = ArticleIndex.openForWriting(dir)) {
      u.add(s000);
      u.add(DocumentReader.read(SharedData.seed("001")));
      u.add(DocumentReader.read(SharedData.seed("002")));
      u.add(new Document("mirror", "https://mirror.example/nato", null, null, s000.text(), "inline"));
      String[] paragraphs = s000.text().split("\n");
      u.add(new Document("hostile", "https://copycat.example/x", "<script>alert(1)</script> NATO",
          null, String.join("\n", List.of(paragraphs).subList(0, 10)), "inline"));
      Path bbc = SharedData.root().resolve("corpora/bbc/news/politics");
      if (Files.isDirectory(bbc)) {
        try (var files = Files.list(bbc)) {
          files.sorted().limit(300).forEach(f -> u.add(DocumentReader.read(f)));
        }
      }
    }
    return dir;
  }

  @Test
  void findsDuplicatesAndDerivationsGroupsThemAndWritesEveryOutput() throws Exception {
    Path out = tmp.resolve("scan");
    CorpusScan.Summary summary;
    try (IndexSnapshot index = ArticleIndex.openForReading(index())) {
      summary = new CorpusScan(index, new Verifier(Retrace.create()), out, 2).run(QUIET);
    }
    List<ScanPair> pairs = CorpusScan.readPairs(out.resolve("pairs.jsonl"));
    assertThat(pairs).anyMatch(p -> p.evidence().equals("exact") && p.b().equals("mirror"));
    assertThat(pairs).anyMatch(p -> p.relation().equals("derived") && p.a().startsWith("000") && p.b().startsWith("001"));
    assertThat(pairs).anyMatch(p -> p.b().equals("hostile"));
    assertThat(pairs).noneMatch(p -> p.a().startsWith("002") || p.b().startsWith("002"));
    // BBC politics holds a few exact duplicates of its own
    assertThat(summary.exactDuplicatePairs()).isEqualTo((int) pairs.stream().filter(p -> p.evidence().equals("exact")).count());

    JsonNode seeds = null;
    for (String line : Files.readAllLines(out.resolve("stories.jsonl"))) {
      JsonNode story = CorpusScan.JSON.readTree(line);
      if (story.get("articles").toString().contains("\"mirror\"")) {
        seeds = story;
      }
    }
    assertThat(seeds).isNotNull();
    assertThat(seeds.get("articles")).hasSize(4);
    assertThat(seeds.get("articles").toString()).contains("000_", "001_", "hostile").doesNotContain("002_");
    assertThat(seeds.get("origins").get(0).asText()).startsWith("000");
    assertThat(seeds.get("label").asText()).containsAnyOf("nato", "svr", "ukraine");

    JsonNode graph = CorpusScan.JSON.readTree(out.resolve("graph.json").toFile());
    assertThat(graph.get("edges").size()).isEqualTo(pairs.size());
    String html = Files.readString(out.resolve("report.html"));
    assertThat(html).contains("Largest derivation trees").doesNotContain("<script>alert(1)</script>")
        .contains("&lt;script&gt;");
  }

  @Test
  void anInterruptedScanResumesAfterItsLastBatchAndEndsWithTheSameResults() throws Exception {
    Path dir = index();
    Path out = tmp.resolve("scan");
    try (IndexSnapshot index = ArticleIndex.openForReading(dir)) {
      new CorpusScan(index, new Verifier(Retrace.create()), out, 2).run(QUIET);
    }
    List<ScanPair> complete = CorpusScan.readPairs(out.resolve("pairs.jsonl"));
    // Simulate an interruption: state says nothing after the exact phase is done, and half a line was written.
    String state = Files.readString(out.resolve("scan-state.json"));
    long exactBytes = Files.readAllLines(out.resolve("pairs.jsonl")).stream()
        .filter(l -> l.contains("\"evidence\":\"exact\"")).mapToLong(l -> l.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 1).sum();
    Files.writeString(out.resolve("scan-state.json"), state.replaceAll("\"done\":\\d+", "\"done\":0")
        .replaceAll("\"pairs_bytes\":\\d+", "\"pairs_bytes\":" + exactBytes).replaceAll("\"checked_bytes\":\\d+", "\"checked_bytes\":0"));
    Files.writeString(out.resolve("pairs.jsonl"), "{\"a\":\"half", java.nio.file.StandardOpenOption.APPEND);
    CorpusScan.Summary resumed;
    try (IndexSnapshot index = ArticleIndex.openForReading(dir)) {
      resumed = new CorpusScan(index, new Verifier(Retrace.create()), out, 2).run(QUIET);
    }
    assertThat(resumed.resumed()).isTrue();
    assertThat(CorpusScan.readPairs(out.resolve("pairs.jsonl"))).containsExactlyInAnyOrderElementsOf(complete);
  }
}
