package dev.retrace.text;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Content terms of a text for lexical evidence: Lucene's EnglishAnalyzer (standard tokenizer, lower
 * case, English function words, possessive removal, Porter stemming), so "casualties"/"casualty" and
 * "deploying"/"deploy" meet. Analyzer instances are thread-safe (per-thread token stream reuse).
 */
public final class ContentTerms {
  private static final CharArraySet FUNCTION_WORDS = loadFunctionWords();
  private final Analyzer analyzer = new EnglishAnalyzer(FUNCTION_WORDS);

  /** The shipped English function words (unmodifiable, case-insensitive), for other analysers. */
  public static CharArraySet functionWords() {
    return FUNCTION_WORDS;
  }

  /** Lucene's English stop set is tiny (33 words); news needs the fuller Snowball-style list we ship. */
  private static CharArraySet loadFunctionWords() {
    try (var in = ContentTerms.class.getResourceAsStream("function-words.txt")) {
      if (in == null) {
        throw new IllegalStateException("function-words.txt missing from the class path");
      }
      CharArraySet set = new CharArraySet(400, true);
      for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        if (!line.startsWith("#")) {
          for (String w : line.trim().split("\\s+")) {
            if (!w.isEmpty()) {
              set.add(w);
            }
          }
        }
      }
      return CharArraySet.unmodifiableSet(set);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<String> of(String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("t", new StringReader(text))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
    return out;
  }
}
