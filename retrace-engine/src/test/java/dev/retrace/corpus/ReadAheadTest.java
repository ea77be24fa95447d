package dev.retrace.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retrace.documents.Document;
import dev.retrace.documents.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadAheadTest {
  @TempDir
  Path tmp;

  /** Every event as a line, in the order the visitor saw it, with the thread it was seen on. */
  static class Events implements CorpusVisitor {
    final List<String> lines = new ArrayList<>();
    final List<String> threads = new ArrayList<>();

    @Override
    public void document(Document d) {
      lines.add("doc " + d.id() + " " + d.text().length());
      threads.add(Thread.currentThread().getName());
    }

    @Override
    public void skipped(String position, String problem) {
      lines.add("skip " + position + " " + problem);
    }

    @Override
    public void fileDone(Path file, long bytes) {
      lines.add("file " + file.getFileName() + " " + bytes);
    }
  }

  /** More articles than the read-ahead buffer holds, a bad JSONL line and an empty file among them. */
  private Path corpus() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("corpus"));
    for (int i = 0; i < 3 * ReadAhead.CAPACITY; i++) {
      Files.writeString(dir.resolve(String.format("a%04d.txt", i)), "Title " + i + "\nThe council met on day " + i
          + " and approved a budget of " + i + " million euros, its spokesman said.");
    }
    Files.writeString(dir.resolve("feed.jsonl"), "{\"id\":\"x1\",\"text\":\"A storm reached the coast on Monday.\"}\n"
        + "{not json\n{\"id\":\"x2\",\"text\":\"The port reopened on Wednesday after repairs.\"}\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("empty.txt"), "");
    return dir;
  }

  @Test
  void deliversWhatTheReaderFindsInTheSameOrderOnTheCallingThread() throws Exception {
    Path dir = corpus();
    Events direct = new Events();
    CorpusReader.read(List.of(dir), direct);
    Events ahead = new Events();
    ReadAhead.read(List.of(dir), ahead);
    assertThat(direct.lines).hasSizeGreaterThan(3 * ReadAhead.CAPACITY).anyMatch(l -> l.startsWith("skip feed.jsonl:2"))
        .anyMatch(l -> l.startsWith("skip") && l.contains("empty.txt"));
    assertThat(ahead.lines).isEqualTo(direct.lines);
    assertThat(ahead.threads).containsOnly(Thread.currentThread().getName());
  }

  @Test
  void aConsumerFailureStopsTheReaderAndIsThrown() throws Exception {
    Path dir = corpus();
    Events seen = new Events() {
      @Override
      public void document(Document d) {
        if (lines.size() == 10) {
          throw new IllegalStateException("index is full");
        }
        super.document(d);
      }
    };
    assertThatThrownBy(() -> ReadAhead.read(List.of(dir), seen)).hasMessage("index is full");
    assertThat(seen.lines).hasSize(10);
    // The reader thread ends instead of blocking on a full buffer nobody drains.
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (readerAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(readerAlive()).isFalse();
  }

  @Test
  void aReaderFailureIsThrownAsTheDirectReadWouldThrowIt() {
    Path missing = tmp.resolve("nope");
    assertThatThrownBy(() -> ReadAhead.read(List.of(missing), new Events())).isInstanceOf(InvalidInputException.class)
        .hasMessage(missing + ": no such file or folder");
  }

  private static boolean readerAlive() {
    return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("retrace-read-ahead") && t.isAlive());
  }
}
