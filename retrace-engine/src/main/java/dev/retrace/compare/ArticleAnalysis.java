package dev.retrace.compare;

import dev.retrace.claims.SentenceClaims;
import dev.retrace.documents.Document;
import dev.retrace.text.SearchText;
import dev.retrace.text.Sentence;
import java.util.List;

/**
 * An article after analysis: its sentences, their embeddings and their claims. Computed once per article
 * and reused for every comparison it takes part in.
 *
 * @param leadEmbedding embedding of the article's lead (title and opening sentences, about 100 words), computed
 *             when first asked for: news puts the story in its first lines, so leads tell whether two articles
 *             report the same story better than an average over every sentence does
 * @param searchText    the article's sentences in search form ({@link SearchText#padded}), for "does this
 *             article mention X" checks with {@link SearchText#containsWords}; built once here because the
 *             verdict, the direction and the shared facts each ask it of both articles in every comparison
 */
public record ArticleAnalysis(Document document, List<Sentence> sentences, List<float[]> embeddings,
    List<SentenceClaims> claims, LeadEmbedding leadEmbedding, String searchText) {
  public ArticleAnalysis {
    sentences = List.copyOf(sentences);
    embeddings = List.copyOf(embeddings);
    claims = List.copyOf(claims);
  }

  /** An analysis whose search text is built from its sentences. */
  public ArticleAnalysis(Document document, List<Sentence> sentences, List<float[]> embeddings,
      List<SentenceClaims> claims, LeadEmbedding leadEmbedding) {
    this(document, sentences, embeddings, claims, leadEmbedding,
        SearchText.padded(String.join(" ", sentences.stream().map(Sentence::text).toList())));
  }

  /** The lead's vector (embedded on the first call). */
  public float[] lead() {
    return leadEmbedding.vector();
  }

  /** Number of words (tokens with a letter or digit) in sentence {@code i}. */
  public int words(int i) {
    int n = 0;
    for (var t : sentences.get(i).tokens()) {
      if (t.text().chars().anyMatch(Character::isLetterOrDigit)) {
        n++;
      }
    }
    return n;
  }

  /** Whole text of the given sentences, space separated. */
  public String text(List<Integer> indices) {
    StringBuilder sb = new StringBuilder();
    for (int i : indices) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(sentences.get(i).text());
    }
    return sb.toString();
  }
}
