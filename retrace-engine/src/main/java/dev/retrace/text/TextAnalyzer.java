package dev.retrace.text;

import java.util.ArrayList;
import java.util.List;

/** Splits an article body into analysed {@link Sentence}s. Thread-safe; models load once per JVM. */
public final class TextAnalyzer {
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final WordTokenizer tokenizer = new WordTokenizer();
  private final ContentTerms terms = new ContentTerms();

  public List<Sentence> sentences(String body) {
    List<Sentence> out = new ArrayList<>();
    for (SentenceSplitter.Piece p : splitter.split(body)) {
      out.add(new Sentence(out.size(), p.paragraph(), p.text(), tokenizer.tokenize(p.text()), terms.of(p.text())));
    }
    return out;
  }

  public WordTokenizer tokenizer() {
    return tokenizer;
  }

  public ContentTerms terms() {
    return terms;
  }
}
