package dev.retrace.text;

import java.util.List;

/**
 * One sentence of an article with the analysis every later stage needs: its tokens (with character
 * offsets into {@link #text()}) and its content terms (stemmed, stop words removed) for lexical matching.
 *
 * @param index     position among the article's sentences, from 0
 * @param paragraph index of the paragraph the sentence came from, from 0
 * @param text      the sentence text as it appears in the article
 * @param tokens    word-level tokens of {@code text}
 * @param terms     stemmed content terms (Lucene EnglishAnalyzer), in order, duplicates kept
 */
public record Sentence(int index, int paragraph, String text, List<Token> tokens, List<String> terms) {
  public Sentence {
    tokens = List.copyOf(tokens);
    terms = List.copyOf(terms);
  }
}
