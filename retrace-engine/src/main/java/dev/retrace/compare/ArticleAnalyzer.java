package dev.retrace.compare;

import dev.retrace.claims.ClaimExtractor;
import dev.retrace.claims.SentenceClaims;
import dev.retrace.documents.Document;
import dev.retrace.embeddings.SentenceEmbedder;
import dev.retrace.embeddings.SentenceModel;
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

  /** The embedding model behind this analyzer, or null when unknown (see {@link SentenceEmbedder#sentenceModel()}). */
  public SentenceModel sentenceModel() {
    return embedder.sentenceModel();
  }

  public ArticleAnalysis analyze(Document document) {
    List<Sentence> sentences = text.sentences(document.text());
    List<String> texts = new ArrayList<>(sentences.size());
    sentences.forEach(s -> texts.add(s.text()));
    List<float[]> vectors = embedder.embed(texts);
    List<SentenceClaims> extracted = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      extracted.add(claims.extract(s));
    }
    return new ArticleAnalysis(document, sentences, vectors, extracted,
        new LeadEmbedding(lead(document, sentences), embedder));
  }

  /**
   * Words of lead text embedded (whole sentences, so a little more): news states its story up front. On
   * semeval22-en-dev the lead's score is flat from 90 to 160 words (docs/QUALITY.md); the embedder reads up to
   * 256 word-pieces, which a lead of this length rarely reaches.
   */
  static final int LEAD_WORDS = 90;

  /** Title plus the opening sentences, up to {@link #LEAD_WORDS} words. */
  static String lead(Document document, List<Sentence> sentences) {
    StringBuilder sb = new StringBuilder();
    int words = 0;
    if (document.title() != null && !document.title().isBlank()) {
      sb.append(document.title()).append(". ");
      words += document.title().split("\\s+").length;
    }
    for (Sentence s : sentences) {
      if (words >= LEAD_WORDS) {
        break;
      }
      sb.append(s.text()).append(' ');
      words += s.tokens().size();
    }
    return sb.toString().strip();
  }

  public TextAnalyzer text() {
    return text;
  }

  public SentenceEmbedder embedder() {
    return embedder;
  }
}
