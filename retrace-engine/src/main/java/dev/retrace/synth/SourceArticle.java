package dev.retrace.synth;

import dev.retrace.documents.Document;

/**
 * A real article a derived copy is made from.
 *
 * @param category its section (BBC folder name), or {@code null} when the corpus has none (Reuters)
 * @param corpus   {@code bbc} or {@code reuters}
 */
public record SourceArticle(String corpus, String category, Document document) {
  public String id() {
    return document.id();
  }
}
