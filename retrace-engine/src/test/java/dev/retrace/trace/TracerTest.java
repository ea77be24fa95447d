package dev.retrace.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retrace.Retrace;
import dev.retrace.compare.SharedData;
import dev.retrace.corpus.CorpusReader;
import dev.retrace.corpus.CorpusVisitor;
import dev.retrace.documents.Document;
import dev.retrace.documents.DocumentReader;
import dev.retrace.index.ArticleIndex;
import dev.retrace.index.IndexSnapshot;
import dev.retrace.index.IndexUpdater;
import dev.retrace.verdict.Relation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seeds among thousands of real articles: 001 is found from 000 and 000 from 001; 002 is neither. */
class TracerTest {
  @TempDir
  static Path tmp;
  static IndexSnapshot index;
  static Tracer tracer;
  static Document s000;
  static Document s001;
  static Document s002;

  @BeforeAll
  static void indexSeedsAmongTheCorpora() throws Exception {
    s000 = DocumentReader.read(SharedData.seed("000"));
    s001 = DocumentReader.read(SharedData.seed("001"));
    s002 = DocumentReader.read(SharedData.seed("002"));
    Path corpora = SharedData.root().resolve("corpora");
    List<Path> inputs = new ArrayList<>(List.of(SharedData.seed("000").getParent()));
    if (Files.isDirectory(corpora.resolve("bbc/news"))) {
      inputs.add(corpora.resolve("bbc/news"));
    }
    try (Stream<Path> sgm = Files.list(corpora.resolve("reuters21578"))) {
      sgm.filter(p -> p.toString().endsWith(".sgm")).sorted().limit(4).forEach(inputs::add);
    } catch (java.io.IOException e) {
      // Reuters absent: the seeds and BBC still make the test
    }
    Path dir = tmp.resolve("index");
    try (IndexUpdater u = ArticleIndex.openForWriting(dir)) {
      CorpusReader.read(inputs, new CorpusVisitor() {
        @Override
        public void document(Document d) {
          u.add(d);
        }

        @Override
        public void skipped(String position, String problem) {}
      });
      // a copy of a copy: 000 -> abridged -> abridged again with a figure changed
      String[] paragraphs = s000.text().split("\n");
      String abridged = String.join("\n", List.of(paragraphs).subList(0, 11));
      String again = String.join("\n", List.of(paragraphs).subList(0, 9)).replace("2,030", "2,300");
      u.add(new Document("abridged", null, null, null, abridged, "inline"));
      u.add(new Document("abridged-again", null, null, null, again, "inline"));
    }
    index = ArticleIndex.openForReading(dir);
    tracer = new Tracer(index, new Verifier(Retrace.create()));
  }

  @AfterAll
  static void close() {
    if (index != null) {
      index.close();
    }
  }

  @Test
  void findsTheRewriteFromTheSourceAndTheSourceFromTheRewrite() {
    assertThat(index.articles()).isGreaterThan(2_000);
    TraceResult from000 = tracer.trace(index.document("seeds/000_b3e0ab4e6598b5de"));
    assertThat(from000.matches()).extracting(TraceMatch::id).contains("seeds/001_90acd4cf0854f317")
        .doesNotContain("seeds/002_36d6bf51bee64a5e");
    TraceResult from001 = tracer.trace(index.document("seeds/001_90acd4cf0854f317"));
    TraceMatch source = from001.matches().stream().filter(m -> m.id().equals("seeds/000_b3e0ab4e6598b5de")).findFirst().orElseThrow();
    assertThat(source.relation()).isEqualTo(Relation.DERIVED);
    assertThat(source.role()).isEqualTo(TraceMatch.Role.SOURCE);
    assertThat(source.changes()).isPositive();
    assertThat(source.keyChanges()).isNotEmpty();
  }

  @Test
  void anArticleFromOutsideTheIndexIsTracedToo() {
    TraceResult r = tracer.trace(new Document("outside", null, null, null, s001.text(), "inline"));
    assertThat(r.matches()).extracting(TraceMatch::id).contains("seeds/001_90acd4cf0854f317", "seeds/000_b3e0ab4e6598b5de");
    assertThat(r.matches().get(0).relation()).isEqualTo(Relation.DUPLICATE);
  }

  @Test
  void followsACopyOfACopyBackToItsOrigin() {
    TraceResult r = tracer.trace(index.document("abridged-again"));
    assertThat(r.chain()).endsWith("abridged-again");
    assertThat(r.chain()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(r.chain().get(0)).isIn("seeds/000_b3e0ab4e6598b5de", "abridged");
    assertThat(r.matches()).extracting(TraceMatch::id).contains("abridged", "seeds/000_b3e0ab4e6598b5de");
  }
}
