package dev.retrace.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retrace.compare.SharedData;
import dev.retrace.documents.Document;
import dev.retrace.documents.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class CorpusReaderTest {
  @TempDir
  Path tmp;

  static final class Collected implements CorpusVisitor {
    final List<Document> documents = new ArrayList<>();
    final List<String> skipped = new ArrayList<>();

    @Override
    public void document(Document document) {
      documents.add(document);
    }

    @Override
    public void skipped(String position, String problem) {
      skipped.add(position + ": " + problem);
    }
  }

  static Collected read(Path... inputs) {
    Collected c = new Collected();
    CorpusReader.read(List.of(inputs), c);
    return c;
  }

  @Test
  void readsEveryReutersBodyAndSkipsTheStoriesWithout() {
    Path dir = SharedData.root().resolve("corpora/reuters21578");
    Assumptions.assumeTrue(Files.isDirectory(dir), "Reuters-21578 not present");
    Collected c = read(dir);
    assertThat(c.documents).hasSize(19_043);
    assertThat(c.skipped).hasSize(21_578 - 19_043).allMatch(s -> s.endsWith("no BODY"));
    assertThat(c.documents.stream().map(Document::id).distinct().count()).isEqualTo(19_043);
    Document first = c.documents.get(0);
    assertThat(first.id()).isEqualTo("reuters-1");
    assertThat(first.title()).isEqualTo("BAHIA COCOA REVIEW");
    assertThat(first.published()).hasToString("1987-02-26T15:01:01Z");
    // wrapped lines are joined; a paragraph is one line
    assertThat(first.text().lines().findFirst().orElseThrow())
        .startsWith("Showers continued throughout the week in the Bahia cocoa zone, alleviating the drought since early January");
  }

  @Test
  void namesFolderArticlesByTheirRelativePathSoEqualFileNamesStayApart() {
    Path bbc = SharedData.root().resolve("corpora/bbc/news");
    Assumptions.assumeTrue(Files.isDirectory(bbc), "BBC corpus not present");
    Collected c = read(bbc);
    assertThat(c.documents).hasSizeGreaterThan(2_000);
    assertThat(new HashSet<>(c.documents.stream().map(Document::id).toList())).hasSize(c.documents.size());
    assertThat(c.documents).allMatch(d -> d.id().matches("news/(business|entertainment|politics|sport|tech)/[^/.]+"));
    assertThat(c.documents).anyMatch(d -> d.id().equals("news/business/ad-sales-boost-time-warner-profit")
        && d.title().equals("Ad sales boost Time Warner profit"));
  }

  @Test
  void reportsBadJsonLinesWithTheirLineNumberAndKeepsTheRest() throws Exception {
    Path feed = tmp.resolve("feed.jsonl");
    Files.writeString(feed, String.join("\n",
        "{\"id\":\"a1\",\"url\":\"https://example.com/a1\",\"title\":\"Storm hits coast\",\"text\":\"A storm hit the coast on Monday, officials said.\"}",
        "{\"id\":\"a2\", broken",
        "",
        "[1,2,3]",
        "{\"title\":\"No id\",\"html\":\"<html><body><article><p>The council approved the budget of 3.2 million euros on Tuesday after a long debate.</p></article></body></html>\"}",
        "{\"id\":\"a5\",\"text\":\"\"}"));
    Collected c = read(feed);
    assertThat(c.documents).extracting(Document::id).containsExactly("a1", "feed.jsonl:5");
    assertThat(c.documents.get(0).url()).isEqualTo("https://example.com/a1");
    assertThat(c.skipped).hasSize(3);
    assertThat(c.skipped.get(0)).startsWith("feed.jsonl:2: not valid JSON");
    assertThat(c.skipped.get(1)).startsWith("feed.jsonl:4: expected one JSON object");
    assertThat(c.skipped.get(2)).isEqualTo("feed.jsonl:6: no article text found");
  }

  @Test
  void readsHtmlResponsesOfAWarcGzAndSkipsADamagedRecord() throws Exception {
    Path warc = writeWarc(tmp.resolve("crawl.warc.gz"), WarcCompression.GZIP,
        page("https://news.example/one", "Council approves budget",
            "The city council approved a budget of 3.2 million euros on Tuesday after a long debate."),
        page("https://news.example/two", "Storm reaches the coast",
            "A storm with winds of 120 km/h reached the coast on Monday night, the weather service said."),
        page("https://news.example/three", "Port reopens",
            "The port reopened on Wednesday after repairs that cost 4.5 million dollars, its operator said."));
    // Damage the middle record: a gzip member that is not valid WARC.
    byte[] bytes = Files.readAllBytes(warc);
    List<Integer> members = new ArrayList<>();
    for (int i = 0; i + 2 < bytes.length; i++) {
      if (bytes[i] == 0x1f && bytes[i + 1] == (byte) 0x8b && bytes[i + 2] == 0x08) {
        members.add(i);
      }
    }
    assertThat(members).hasSize(3);
    ByteArrayOutputStream junk = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(junk)) {
      gz.write("NOT A WARC HEADER\r\nfoo: bar\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(bytes, 0, members.get(1));
    out.write(junk.toByteArray());
    out.write(bytes, members.get(2), bytes.length - members.get(2));
    Files.write(warc, out.toByteArray());

    Collected c = read(warc);
    assertThat(c.documents).extracting(Document::id).containsExactly("https://news.example/one", "https://news.example/three");
    assertThat(c.documents.get(0).title()).isEqualTo("Council approves budget");
    assertThat(c.documents.get(0).text()).contains("3.2 million euros");
    assertThat(c.skipped).singleElement().asString().startsWith("crawl.warc.gz@" + members.get(1) + ": malformed WARC record");
  }

  /** A visitor that cannot store an article (a full disk) must stop the run, not be reported as a bad record. */
  @Test
  void aVisitorFailureInsideAWarcIsNotTakenForAMalformedRecord() throws Exception {
    Path warc = writeWarc(tmp.resolve("crawl.warc"), WarcCompression.NONE, page("https://news.example/one",
        "Council approves budget", "The city council approved a budget of 3.2 million euros on Tuesday after a long debate."));
    List<String> skipped = new ArrayList<>();
    CorpusVisitor failing = new CorpusVisitor() {
      @Override
      public void document(Document document) {
        throw new IllegalStateException("disk full");
      }

      @Override
      public void skipped(String position, String problem) {
        skipped.add(problem);
      }
    };
    assertThatThrownBy(() -> CorpusReader.read(List.of(warc), failing)).hasMessage("disk full");
    assertThat(skipped).isEmpty();
  }

  @Test
  void aMissingInputIsBadInputNamingIt() {
    Path missing = tmp.resolve("nope");
    assertThatThrownBy(() -> read(missing)).isInstanceOf(InvalidInputException.class)
        .hasMessage(missing + ": no such file or folder");
  }

  private static Path writeWarc(Path file, WarcCompression compression, WarcResponse... records) throws Exception {
    try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.WRITE), compression)) {
      for (WarcResponse r : records) {
        w.write(r);
      }
    }
    return file;
  }

  private static WarcResponse page(String uri, String title, String paragraph) throws Exception {
    String html = "<!doctype html><html><head><title>" + title + "</title></head><body><article><h1>" + title
        + "</h1><p>" + paragraph + "</p><p>More details are expected to follow later this week, according to the statement.</p></article></body></html>";
    HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; charset=utf-8"),
        html.getBytes(StandardCharsets.UTF_8)).build();
    return new WarcResponse.Builder(URI.create(uri)).body(http).build();
  }
}
