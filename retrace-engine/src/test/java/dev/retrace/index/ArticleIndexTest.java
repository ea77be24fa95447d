package dev.retrace.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retrace.documents.Document;
import dev.retrace.index.IndexUpdater.Outcome;
import dev.retrace.sketches.Sketcher;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleIndexTest {
  @TempDir
  Path tmp;

  @Test
  void addsIdempotentlyRecordsExactDuplicatesOnceAndUpdatesAndDeletes() {
    Path dir = tmp.resolve("index");
    Document a = Articles.article(1);
    Document copy = new Document("mirror-of-1", null, null, null, a.text().toUpperCase().replace(" ", "  "), "inline");
    try (IndexUpdater u = ArticleIndex.openForWriting(dir)) {
      assertThat(u.add(a).outcome()).isEqualTo(Outcome.ADDED);
      assertThat(u.add(a).outcome()).isEqualTo(Outcome.UNCHANGED);
      IndexUpdater.Added dup = u.add(copy);
      assertThat(dup.outcome()).isEqualTo(Outcome.DUPLICATE);
      assertThat(dup.duplicateOf()).isEqualTo("a1");
      assertThat(u.add(Articles.article(2)).outcome()).isEqualTo(Outcome.ADDED);
      Document changed = new Document("a2", null, null, null, Articles.article(3).text(), "inline");
      assertThat(u.add(changed).outcome()).isEqualTo(Outcome.UPDATED);
      assertThat(u.delete("nope")).isFalse();
    }
    try (IndexSnapshot s = ArticleIndex.openForReading(dir)) {
      assertThat(s.stats().articles()).isEqualTo(3);
      assertThat(s.stats().contents()).isEqualTo(2);
      assertThat(s.stats().duplicates()).isEqualTo(1);
      assertThat(s.document("a2").text()).isEqualTo(Articles.article(3).text());
      assertThat(s.withContent(new Sketcher().sketch(a.text()).contentHash().toString())).containsExactly("a1", "mirror-of-1");
    }
    // reopening: the same input again changes nothing; deleting the original leaves its copy as the first
    try (IndexUpdater u = ArticleIndex.openForWriting(dir)) {
      assertThat(u.add(a).outcome()).isEqualTo(Outcome.UNCHANGED);
      assertThat(u.delete("a1")).isTrue();
      assertThat(u.add(a).duplicateOf()).isEqualTo("mirror-of-1");
    }
  }

  @Test
  void findsNearCopiesAndRewritesAsCandidatesOnePerContent() {
    Path dir = tmp.resolve("index");
    Document source = Articles.article(7);
    Document nearCopy = new Document("near", null, null, null, source.text().replace("more than twice", "over twice")
        + "\nReporting by a correspondent.", "inline");
    try (IndexUpdater u = ArticleIndex.openForWriting(dir)) {
      for (int i = 0; i < 300; i++) {
        u.add(Articles.article(i));
      }
      u.add(nearCopy);
      u.add(new Document("exact", null, null, null, source.text(), "inline"));
    }
    try (IndexSnapshot s = ArticleIndex.openForReading(dir)) {
      var sketch = new Sketcher().sketch(source.text());
      var candidates = s.candidates(sketch, sketch.contentHash().toString(), 20);
      assertThat(candidates.get(0).key()).isEqualTo("near");
      assertThat(candidates.get(0).jaccard()).isGreaterThan(0.6);
      assertThat(candidates).extracting(Candidate::key).doesNotContain("a7", "exact");
    }
  }

  @Test
  void oneWriterAtATimeWhileReadersSeeTheLastCommit() {
    Path dir = tmp.resolve("index");
    try (IndexUpdater first = ArticleIndex.openForWriting(dir)) {
      first.add(Articles.article(1));
      first.commit();
      first.add(Articles.article(2)); // not committed yet
      assertThatThrownBy(() -> ArticleIndex.openForWriting(dir)).isInstanceOf(IndexBusyException.class)
          .hasMessageContaining("index busy");
      try (IndexSnapshot reader = ArticleIndex.openForReading(dir)) {
        assertThat(reader.articles()).isEqualTo(1);
      }
    }
    try (IndexSnapshot reader = ArticleIndex.openForReading(dir)) {
      assertThat(reader.articles()).isEqualTo(2);
    }
  }

  @Test
  void aMissingIndexOrAFolderThatIsNoIndexGivesAClearError() {
    assertThatThrownBy(() -> ArticleIndex.openForReading(tmp.resolve("none"))).isInstanceOf(IndexException.class)
        .hasMessageContaining("no index here");
    assertThatThrownBy(() -> ArticleIndex.openForReading(tmp)).isInstanceOf(IndexException.class)
        .hasMessageContaining("no index here");
  }

  @Test
  void anIndexOfAnotherFormatIsRefusedNotMisread() throws Exception {
    Path dir = tmp.resolve("index");
    try (var d = org.apache.lucene.store.FSDirectory.open(dir);
        var w = new org.apache.lucene.index.IndexWriter(d, new org.apache.lucene.index.IndexWriterConfig())) {
      w.addDocument(new org.apache.lucene.document.Document());
      w.setLiveCommitData(java.util.Map.of(ArticleIndex.FORMAT_KEY, "0").entrySet());
      w.commit();
    }
    assertThatThrownBy(() -> ArticleIndex.openForReading(dir)).isInstanceOf(IndexException.class)
        .hasMessageContaining("index format 0").hasMessageContaining("delete the folder and index again");
    assertThatThrownBy(() -> ArticleIndex.openForWriting(dir)).isInstanceOf(IndexException.class)
        .hasMessageContaining("index format 0");
  }

  @Test
  void aReadOnlyIndexFolderGivesAClearErrorAndStaysReadable() throws Exception {
    Path dir = tmp.resolve("index");
    try (IndexUpdater u = ArticleIndex.openForWriting(dir)) {
      u.add(Articles.article(1));
    }
    java.io.File folder = dir.toFile();
    org.junit.jupiter.api.Assumptions.assumeTrue(folder.setWritable(false), "cannot make the folder read-only");
    try {
      org.junit.jupiter.api.Assumptions.assumeFalse(java.nio.file.Files.isWritable(dir), "running as a user who may write anyway (root)");
      assertThatThrownBy(() -> ArticleIndex.openForWriting(dir)).isInstanceOf(IndexException.class)
          .hasMessageContaining("permission denied");
      try (IndexSnapshot s = ArticleIndex.openForReading(dir)) {
        assertThat(s.articles()).isEqualTo(1);
      }
    } finally {
      folder.setWritable(true);
    }
  }
}
