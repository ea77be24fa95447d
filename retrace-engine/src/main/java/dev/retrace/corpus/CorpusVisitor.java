package dev.retrace.corpus;

import dev.retrace.documents.Document;

/**
 * Receives what a corpus reader finds, in input order. Readers never throw for a bad record: they report it to
 * {@link #skipped} with its position and go on, so one broken line cannot stop a run over 100,000 articles.
 */
public interface CorpusVisitor {

  /** One article, with an id unique within its input (a relative path, a record URI, a JSONL id ...). */
  void document(Document document);

  /**
   * A record that yields no article.
   *
   * @param position where it is, e.g. {@code "feed.jsonl:12"}, {@code "crawl.warc.gz@10422"}
   * @param problem  why it was skipped, one line
   */
  void skipped(String position, String problem);

  /** Called after each input file, with its size, so a caller can show progress by bytes. */
  default void fileDone(java.nio.file.Path file, long bytes) {
  }
}
