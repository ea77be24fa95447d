package dev.retrace.index;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Where an article index lives and how it is opened. The index is a Lucene index in one folder: one writer
 * process at a time ({@link IndexUpdater}, Lucene's write lock), any number of readers ({@link IndexSnapshot})
 * at the same time, each seeing the last commit. Commits are atomic, so a crash (even kill -9) loses at most
 * the articles added since the last commit, never the index.
 */
public final class ArticleIndex {
  /** Bumped whenever fields or sketch parameters change meaning; an index of another format must be rebuilt. */
  public static final int FORMAT_VERSION = 1;
  static final String FORMAT_KEY = "retrace.index.format";
  static final String SKETCH_KEY = "retrace.sketch";
  /** The sketch parameters the stored signatures, bands and vectors were made with. */
  static final String SKETCH = "oph-minhash-120x16-word5;bands-20x6;facts-v1;vector-hashed-256-dot";
  static final String NEXT_SEQ_KEY = "retrace.next_seq";
  /** Environment variable that overrides the default location. */
  public static final String ENV = "RETRACE_INDEX";

  private ArticleIndex() {}

  /** $RETRACE_INDEX, else ./.retrace/index in the working folder. */
  public static Path defaultLocation() {
    String env = System.getenv(ENV);
    return env == null || env.isBlank() ? Path.of(".retrace", "index") : Path.of(env);
  }

  /** Opens (creating if needed) the index for adding and deleting; fails fast if another process writes. */
  public static IndexUpdater openForWriting(Path location) {
    return IndexUpdater.open(location);
  }

  /** Opens the last commit for reading; works while another process writes. */
  public static IndexSnapshot openForReading(Path location) {
    if (!Files.isDirectory(location)) {
      throw new IndexException(location.toString(), "no index here (create one with: retrace index add PATH --index " + location + ")", null);
    }
    Directory dir = null;
    try {
      dir = FSDirectory.open(location);
      DirectoryReader reader = DirectoryReader.open(dir);
      checkFormat(location, reader.getIndexCommit().getUserData());
      return new IndexSnapshot(location, dir, reader);
    } catch (IndexNotFoundException e) {
      close(dir);
      throw new IndexException(location.toString(), "no index here (create one with: retrace index add PATH --index " + location + ")", e);
    } catch (IOException e) {
      close(dir);
      throw failure(location, "cannot read the index", e);
    } catch (RuntimeException e) {
      close(dir);
      throw e;
    }
  }

  static void checkFormat(Path location, Map<String, String> userData) {
    String format = userData.get(FORMAT_KEY);
    if (format == null) {
      throw new IndexException(location.toString(), "not a retrace index (no format version in its commit data)", null);
    }
    if (!format.equals(String.valueOf(FORMAT_VERSION)) || !SKETCH.equals(userData.get(SKETCH_KEY))) {
      throw new IndexException(location.toString(), "index format " + format + " (" + userData.get(SKETCH_KEY)
          + ") is not the format " + FORMAT_VERSION + " this retrace reads; delete the folder and index again", null);
    }
  }

  /** A one-line error for an I/O failure, naming the usual causes the way a user would. */
  static IndexException failure(Path location, String what, IOException e) {
    String m = String.valueOf(e.getMessage());
    String reason;
    if (e instanceof AccessDeniedException || m.contains("Permission denied")) {
      reason = "permission denied";
    } else if (m.contains("Read-only file system")) {
      reason = "read-only file system";
    } else if (m.contains("No space left")) {
      reason = "disk full";
    } else if (e instanceof FileSystemException fse && fse.getReason() != null) {
      reason = fse.getReason();
    } else {
      reason = m.lines().findFirst().orElse(e.getClass().getSimpleName());
    }
    return new IndexException(location.toString(), what + ": " + reason + " (the last commit is intact)", e);
  }

  static void close(AutoCloseable c) {
    if (c != null) {
      try {
        c.close();
      } catch (Exception ignored) {
        // already failing; the first error is the one to report
      }
    }
  }
}
