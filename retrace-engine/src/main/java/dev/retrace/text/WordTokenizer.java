package dev.retrace.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Word tokenizer backed by OpenNLP's English token model: keeps "2,030", "U.S." and "$2.5" whole and
 * splits clitics ("Russia's" → "Russia", "'s"), which claim extraction relies on.
 */
public final class WordTokenizer {
  private static final String MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  private static final TokenizerModel SHARED_MODEL = load();

  private final ThreadLocal<TokenizerME> tokenizer =
      ThreadLocal.withInitial(() -> new TokenizerME(SHARED_MODEL));

  private static TokenizerModel load() {
    try (InputStream in = WordTokenizer.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP token model " + MODEL + " is not on the class path");
      }
      return new TokenizerModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load OpenNLP token model", e);
    }
  }

  public List<Token> tokenize(String sentence) {
    Span[] spans = tokenizer.get().tokenizePos(sentence);
    List<Token> out = new ArrayList<>(spans.length);
    for (Span s : spans) {
      out.add(new Token(sentence.substring(s.getStart(), s.getEnd()), s.getStart(), s.getEnd()));
    }
    return out;
  }
}
