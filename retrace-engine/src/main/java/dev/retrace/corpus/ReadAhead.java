package dev.retrace.corpus;

import dev.retrace.documents.Document;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads a corpus on a background thread while the calling thread consumes it: parsing (Reuters SGML, HTML
 * extraction, normalisation) overlaps with what the caller does with each article (sketching and indexing,
 * single-threaded in Lucene's writer), which took about as long. The visitor is called on the calling thread,
 * in input order, exactly as {@link CorpusReader#read} would call it.
 *
 * <p>Why not a library: this is a bounded queue of events and a thread, from java.util.concurrent; the care
 * is in stopping the reader when the consumer fails and in handing the reader's own failures back.
 */
public final class ReadAhead {
  /** Articles read ahead at most: a few megabytes of text. */
  static final int CAPACITY = 256;

  private sealed interface Event permits Found, Skipped, FileDone, End {}

  private record Found(Document document) implements Event {}

  private record Skipped(String position, String problem) implements Event {}

  private record FileDone(Path file, long bytes) implements Event {}

  private record End(Throwable failure) implements Event {}

  private ReadAhead() {}

  /**
   * {@link CorpusReader#read}, with the reading done ahead on another thread. A failure of the reader (an
   * unreadable folder) or of the visitor is thrown here; either way the reader thread is stopped.
   */
  public static void read(List<Path> inputs, CorpusVisitor visitor) {
    BlockingQueue<Event> queue = new ArrayBlockingQueue<>(CAPACITY);
    Thread reader = new Thread(() -> {
      Throwable failure = null;
      try {
        CorpusReader.read(inputs, new CorpusVisitor() {
          @Override
          public void document(Document document) {
            put(queue, new Found(document));
          }

          @Override
          public void skipped(String position, String problem) {
            put(queue, new Skipped(position, problem));
          }

          @Override
          public void fileDone(Path file, long bytes) {
            put(queue, new FileDone(file, bytes));
          }
        });
      } catch (Stopped e) {
        return; // the consumer gave up; nobody is listening
      } catch (RuntimeException | Error e) {
        failure = e;
      }
      try {
        queue.put(new End(failure));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "retrace-read-ahead");
    reader.setDaemon(true);
    reader.start();
    boolean finished = false;
    try {
      while (true) {
        Event e = queue.take();
        if (e instanceof Found f) {
          visitor.document(f.document());
        } else if (e instanceof Skipped s) {
          visitor.skipped(s.position(), s.problem());
        } else if (e instanceof FileDone d) {
          visitor.fileDone(d.file(), d.bytes());
        } else if (e instanceof End end) {
          finished = true;
          if (end.failure() instanceof RuntimeException r) {
            throw r;
          }
          if (end.failure() instanceof Error err) {
            throw err;
          }
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the corpus", e);
    } finally {
      if (!finished) {
        reader.interrupt();
      }
    }
  }

  /** Thrown inside the reader thread when it is interrupted: the consumer stopped. */
  private static final class Stopped extends RuntimeException {
    Stopped() {
      super(null, null, false, false);
    }
  }

  private static void put(BlockingQueue<Event> queue, Event e) {
    try {
      queue.put(e);
    } catch (InterruptedException ex) {
      // Keep the flag: a reader that reports the exception as a bad record and goes on stops at its next put.
      Thread.currentThread().interrupt();
      throw new Stopped();
    }
  }
}
