package dev.retrace;

import dev.retrace.claims.ClaimExtractor;
import dev.retrace.claims.WordSense;
import dev.retrace.compare.ArticleAnalysis;
import dev.retrace.compare.ArticleAnalyzer;
import dev.retrace.compare.ArticleComparer;
import dev.retrace.documents.Document;
import dev.retrace.embeddings.SharedEmbedder;
import dev.retrace.embeddings.SentenceEmbedder;
import dev.retrace.embeddings.SentenceModel;
import dev.retrace.report.ComparisonReport;
import dev.retrace.text.TextAnalyzer;
import dev.retrace.verdict.RelationScorer;
import java.util.Set;

/**
 * The engine's entry point: analyse articles and compare them.
 *
 * <pre>{@code
 * Retrace retrace = Retrace.create();
 * ComparisonReport report = retrace.compare(DocumentReader.read(pathA), DocumentReader.read(pathB));
 * }</pre>
 *
 * Creating an instance loads the sentence, token and embedding models (about a second); reuse it. All
 * methods are thread-safe.
 */
public final class Retrace {
  private final ArticleAnalyzer analyzer;
  private final ArticleComparer comparer;

  private Retrace(SentenceEmbedder embedder) {
    WordSense.preload(); // the first comparison needs it; load it beside the other models
    this.analyzer = new ArticleAnalyzer(new TextAnalyzer(), embedder, new ClaimExtractor());
    this.comparer = new ArticleComparer(analyzer);
  }

  /**
   * An engine with the selected bundled embedding model: bge-small-en-v1.5 unless {@code -Dretrace.model} or
   * {@code RETRACE_MODEL} names another (see {@link SentenceModel}).
   */
  public static Retrace create() {
    return new Retrace(SharedEmbedder.shared());
  }

  /** An engine with the given bundled embedding model. */
  public static Retrace create(SentenceModel model) {
    return new Retrace(SharedEmbedder.shared(model));
  }

  /** An engine with another sentence embedder (tests, other models). */
  public static Retrace create(SentenceEmbedder embedder) {
    return new Retrace(embedder);
  }

  /** The bundled embedding model this engine uses, or null for another embedder. */
  public SentenceModel sentenceModel() {
    return analyzer.sentenceModel();
  }

  /** Sentences, embeddings and claims of one article; reuse the result to compare it with many others. */
  public ArticleAnalysis analyze(Document document) {
    return analyzer.analyze(document);
  }

  /**
   * The numeric values an article writes (see {@link RelationScorer#values}), from text analysis alone (no
   * embeddings): with {@link RelationScorer#differentFigures} a cheap test that two articles cannot be versions
   * of one another, before a comparison.
   */
  public Set<String> figureValues(Document document) {
    return RelationScorer.values(analyzer.text().sentences(document.text()));
  }

  /** Compares a (taken as the candidate source) with b. */
  public ComparisonReport compare(Document a, Document b) {
    return comparer.compare(analyze(a), analyze(b));
  }

  public ComparisonReport compare(ArticleAnalysis a, ArticleAnalysis b) {
    return comparer.compare(a, b);
  }

  /**
   * The comparison of {@link #compare(ArticleAnalysis, ArticleAnalysis)} for candidate verification: same
   * verdict, direction and changes, without the evidence's lead similarity, so the articles' leads are never
   * embedded (about a quarter of an article's embedding time on short wire stories).
   */
  public ComparisonReport verify(ArticleAnalysis a, ArticleAnalysis b) {
    return comparer.verify(a, b);
  }

  /**
   * Checks b against a known source a: the direction is taken as a → b, and every claim of b is compared
   * with a even when b covers little of a (a summary, a single paragraph).
   */
  public ComparisonReport check(Document source, Document copy) {
    return comparer.compare(analyze(source), analyze(copy), true);
  }
}
