package dev.retrace.index;

import dev.retrace.documents.Document;
import dev.retrace.sketches.ContentHash;
import dev.retrace.sketches.Sketch;
import dev.retrace.sketches.Sketcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Adds, updates and deletes articles. Idempotent: an article whose id is already indexed with the same content
 * is left alone, so re-running an interrupted {@code add} resumes where the last commit ended. An article whose
 * content (case and whitespace aside) is already indexed under another id is recorded as an exact duplicate of
 * the first. Commits every {@link #COMMIT_EVERY} articles, {@link #COMMIT_SECONDS} seconds and on close.
 *
 * <p>Keeps id → content hash in memory (about 150 bytes an article) to decide this without a search per article.
 * Single-threaded: one updater per index, used from one thread.
 */
public final class IndexUpdater implements AutoCloseable {
  static final int COMMIT_EVERY = 5_000;
  static final long COMMIT_SECONDS = 30;

  /** What {@link #add} did. */
  public enum Outcome { ADDED, UNCHANGED, UPDATED, DUPLICATE }

  /** @param duplicateOf for DUPLICATE, the id of the first article with this content */
  public record Added(Outcome outcome, String key, String duplicateOf) {}

  private final Path location;
  private final FSDirectory dir;
  private final IndexWriter writer;
  private final Sketcher sketcher = new Sketcher();
  private final Map<String, ContentHash> hashByKey = new HashMap<>();
  private final Map<ContentHash, String> firstByHash = new HashMap<>();
  private long nextSeq;
  private int sinceCommit;
  private long lastCommit = System.nanoTime();

  /**
   * Lucene's codec with a sparser HNSW graph (8 links, beam 32 instead of 16 and 100): building the graph is most
   * of the indexing cost, and the vector channel only has to bring near neighbours into a candidate list that
   * the other channels and the compare engine then judge. Readers need no setting: the format name is the same.
   */
  private static final class SmallGraphCodec extends org.apache.lucene.codecs.FilterCodec {
    private final org.apache.lucene.codecs.KnnVectorsFormat vectors =
        new org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat(8, 32);

    SmallGraphCodec() {
      super("Lucene912", new org.apache.lucene.codecs.lucene912.Lucene912Codec());
    }

    @Override
    public org.apache.lucene.codecs.KnnVectorsFormat knnVectorsFormat() {
      return new org.apache.lucene.codecs.perfield.PerFieldKnnVectorsFormat() {
        @Override
        public org.apache.lucene.codecs.KnnVectorsFormat getKnnVectorsFormatForField(String field) {
          return vectors;
        }
      };
    }
  }

  private IndexUpdater(Path location, FSDirectory dir, IndexWriter writer) {
    this.location = location;
    this.dir = dir;
    this.writer = writer;
  }

  static IndexUpdater open(Path location) {
    FSDirectory dir = null;
    IndexWriter writer = null;
    try {
      Files.createDirectories(location);
      dir = FSDirectory.open(location);
      IndexWriterConfig config = new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setRAMBufferSizeMB(64).setCommitOnClose(false).setCodec(new SmallGraphCodec());
      writer = new IndexWriter(dir, config);
      IndexUpdater updater = new IndexUpdater(location, dir, writer);
      updater.load();
      return updater;
    } catch (LockObtainFailedException e) {
      ArticleIndex.close(writer);
      ArticleIndex.close(dir);
      throw new IndexBusyException(location.toString(), e);
    } catch (IOException e) {
      ArticleIndex.close(writer);
      ArticleIndex.close(dir);
      throw ArticleIndex.failure(location, "cannot open the index for writing", e);
    } catch (RuntimeException e) {
      ArticleIndex.close(writer);
      ArticleIndex.close(dir);
      throw e;
    }
  }

  /** Checks the format of an existing index and loads id → hash, in insertion order. */
  private void load() throws IOException {
    Map<String, String> userData = new HashMap<>();
    writer.getLiveCommitData().forEach(e -> userData.put(e.getKey(), e.getValue()));
    if (writer.getDocStats().maxDoc > 0 || !userData.isEmpty()) {
      ArticleIndex.checkFormat(location, userData);
    }
    nextSeq = Long.parseLong(userData.getOrDefault(ArticleIndex.NEXT_SEQ_KEY, "0"));
    record Entry(long seq, String key, ContentHash hash) {}
    var entries = new java.util.ArrayList<Entry>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      IndexSnapshot.forEachLive(reader, false,
          e -> entries.add(new Entry(e.seq(), e.key(), ContentHash.parse(e.hash()))));
    }
    entries.sort(java.util.Comparator.comparingLong(Entry::seq));
    for (Entry e : entries) {
      hashByKey.put(e.key(), e.hash());
      firstByHash.putIfAbsent(e.hash(), e.key());
      nextSeq = Math.max(nextSeq, e.seq() + 1);
    }
  }

  /** Number of live articles. */
  public int size() {
    return hashByKey.size();
  }

  /** Adds {@code d} under its id, or updates the article with that id if its content changed. */
  public Added add(Document d) {
    Sketch sketch = sketcher.sketch(d.text());
    ContentHash hash = sketch.contentHash();
    ContentHash before = hashByKey.get(d.id());
    if (hash.equals(before)) {
      return new Added(Outcome.UNCHANGED, d.id(), null);
    }
    try {
      var doc = IndexFields.of(d, sketch, nextSeq++);
      if (before != null) {
        writer.updateDocument(new Term(IndexFields.KEY, d.id()), doc);
        forget(d.id(), before);
      } else {
        writer.addDocument(doc);
      }
    } catch (IOException e) {
      throw ArticleIndex.failure(location, "cannot add " + d.id(), e);
    }
    hashByKey.put(d.id(), hash);
    String first = firstByHash.putIfAbsent(hash, d.id());
    maybeCommit();
    if (before != null) {
      return new Added(Outcome.UPDATED, d.id(), first == null || first.equals(d.id()) ? null : first);
    }
    return first == null ? new Added(Outcome.ADDED, d.id(), null) : new Added(Outcome.DUPLICATE, d.id(), first);
  }

  /** Deletes the article with this id; false when there is none. */
  public boolean delete(String key) {
    ContentHash hash = hashByKey.remove(key);
    if (hash == null) {
      return false;
    }
    try {
      writer.deleteDocuments(new Term(IndexFields.KEY, key));
    } catch (IOException e) {
      throw ArticleIndex.failure(location, "cannot delete " + key, e);
    }
    forget(key, hash);
    maybeCommit();
    return true;
  }

  /** When the first article of a content goes, the next one with the same content becomes its first. */
  private void forget(String key, ContentHash hash) {
    if (key.equals(firstByHash.get(hash))) {
      firstByHash.remove(hash);
      // rare (deleting an original): a scan of the map, not worth an index for
      hashByKey.entrySet().stream().filter(e -> e.getValue().equals(hash) && !e.getKey().equals(key)).findFirst()
          .ifPresent(e -> firstByHash.put(hash, e.getKey()));
    }
  }

  private void maybeCommit() {
    if (++sinceCommit >= COMMIT_EVERY || System.nanoTime() - lastCommit > COMMIT_SECONDS * 1_000_000_000L) {
      commit();
    }
  }

  /** Makes everything added so far durable: after this returns, a crash loses none of it. */
  public void commit() {
    try {
      writer.setLiveCommitData(Map.of(
          ArticleIndex.FORMAT_KEY, String.valueOf(ArticleIndex.FORMAT_VERSION),
          ArticleIndex.SKETCH_KEY, ArticleIndex.SKETCH,
          ArticleIndex.NEXT_SEQ_KEY, String.valueOf(nextSeq)).entrySet());
      writer.commit();
    } catch (IOException e) {
      throw ArticleIndex.failure(location, "cannot commit", e);
    }
    sinceCommit = 0;
    lastCommit = System.nanoTime();
  }

  /** Commits and releases the write lock. */
  @Override
  public void close() {
    try {
      if (writer.isOpen()) {
        commit();
      }
    } finally {
      ArticleIndex.close(writer);
      ArticleIndex.close(dir);
    }
  }
}
