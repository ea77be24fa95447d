package dev.retrace.compare;

import dev.retrace.claims.ClaimExtractor;
import dev.retrace.claims.SentenceClaims;
import dev.retrace.documents.Document;
import dev.retrace.embeddings.SentenceEmbedder;
import dev.retrace.text.Sentence;
import dev.retrace.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.List;

/** Turns a document into sentences, embeddings and claims. Thread-safe. */
public final class ArticleAnalyzer {
  private final TextAnalyzer text;
  private final SentenceEmbedder embedder;
  private final ClaimExtractor claims;

  public ArticleAnalyzer(TextAnalyzer text, SentenceEmbedder embedder, ClaimExtractor claims) {
    this.text = text;
    this.embedder = embedder;
    this.claims = claims;
  }

  public ArticleAnalysis analyze(Document document) {
    List<Sentence> sentences = text.sentences(document.text());
    List<float[]> vectors = embedder.embed(sentences.stream().map(Sentence::text).toList());
    List<SentenceClaims> extracted = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      extracted.add(claims.extract(s));
    }
    return new ArticleAnalysis(document, sentences, vectors, extracted);
  }

  public TextAnalyzer text() {
    return text;
  }

  public SentenceEmbedder embedder() {
    return embedder;
  }
}
