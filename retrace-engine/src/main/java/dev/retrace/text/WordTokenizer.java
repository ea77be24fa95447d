package dev.retrace.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * Word tokenizer backed by OpenNLP's English token model: keeps "2,030", "U.S." and "$2.5" whole and
 * splits clitics ("Russia's" → "Russia", "'s"), which claim extraction relies on.
 *
 * <p>OpenNLP decides every split inside one whitespace-separated chunk from that chunk alone (one model
 * evaluation per character position), so the splits of each distinct chunk are remembered: news reuses its
 * words, and a look-up replaces a dozen maxent evaluations. The output is TokenizerME's, except that a figure
 * is never cut at its separators ({@link #keepFiguresWhole}).
 * Thread-safe.
 */
public final class WordTokenizer {
  private static final String MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  private static final TokenizerModel SHARED_MODEL = load();

  /** Distinct chunks remembered before the memo starts over (about 10 MB). */
  private static final int MEMO_LIMIT = 100_000;
  private static final int[] WHOLE = new int[0];

  private final ThreadLocal<TokenizerME> tokenizer =
      ThreadLocal.withInitial(() -> new TokenizerME(SHARED_MODEL));
  /** Whitespace-free chunk → token boundaries inside it (start, end, start, end...; {@link #WHOLE}: one token). */
  private final ConcurrentHashMap<String, int[]> memo = new ConcurrentHashMap<>();

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
    Span[] chunks = WhitespaceTokenizer.INSTANCE.tokenizePos(sentence);
    List<Token> out = new ArrayList<>(chunks.length + chunks.length / 2);
    for (Span c : chunks) {
      int start = c.getStart();
      String chunk = sentence.substring(start, c.getEnd());
      int[] cuts = chunk.length() < 2 ? WHOLE : memo.get(chunk);
      if (cuts == null) {
        cuts = split(chunk);
        if (memo.size() >= MEMO_LIMIT) {
          memo.clear();
        }
        memo.put(chunk, cuts);
      }
      if (cuts == WHOLE) {
        out.add(new Token(chunk, start, c.getEnd()));
      } else {
        for (int k = 0; k < cuts.length; k += 2) {
          out.add(new Token(chunk.substring(cuts[k], cuts[k + 1]), start + cuts[k], start + cuts[k + 1]));
        }
      }
    }
    return out;
  }

  /** TokenizerME's tokens of one whitespace-free chunk, as offsets into it. */
  private int[] split(String chunk) {
    Span[] spans = keepFiguresWhole(chunk, tokenizer.get().tokenizePos(chunk));
    if (spans.length == 1 && spans[0].getStart() == 0 && spans[0].getEnd() == chunk.length()) {
      return WHOLE;
    }
    int[] cuts = new int[spans.length * 2];
    for (int k = 0; k < spans.length; k++) {
      cuts[2 * k] = spans[k].getStart();
      cuts[2 * k + 1] = spans[k].getEnd();
    }
    return cuts;
  }

  /** OpenNLP's own tokenization, without the memo (tests compare the two). */
  List<Token> tokenizeUncached(String sentence) {
    Span[] spans = keepFiguresWhole(sentence, tokenizer.get().tokenizePos(sentence));
    List<Token> out = new ArrayList<>(spans.length);
    for (Span s : spans) {
      out.add(new Token(sentence.substring(s.getStart(), s.getEnd()), s.getStart(), s.getEnd()));
    }
    return out;
  }

  /**
   * Joins spans that meet inside a figure. OpenNLP's maxent model now and then cuts a figure at a separator
   * ("7,424,292" → "7", ",", "424,292" and "8,424" → "8", ",", "424", while "5,424,292" stays whole: seen on
   * Reuters-21578 bodies), which turns one figure into a "7" that no source has.
   */
  static Span[] keepFiguresWhole(CharSequence text, Span[] spans) {
    List<Span> out = new ArrayList<>(spans.length);
    for (Span s : spans) {
      if (!out.isEmpty()) {
        Span last = out.get(out.size() - 1);
        if (last.getEnd() == s.getStart() && insideFigure(text, s.getStart())) {
          out.set(out.size() - 1, new Span(last.getStart(), s.getEnd()));
          continue;
        }
      }
      out.add(s);
    }
    return out.size() == spans.length ? spans : out.toArray(new Span[0]);
  }

  /** A cut before position p falls inside a figure: a digit, a comma or point, and a digit across it. */
  private static boolean insideFigure(CharSequence t, int p) {
    if (p < 1 || p >= t.length()) {
      return false;
    }
    char before = t.charAt(p - 1);
    char at = t.charAt(p);
    if (Character.isDigit(before) && (at == ',' || at == '.')) {
      return p + 1 < t.length() && Character.isDigit(t.charAt(p + 1));
    }
    return (before == ',' || before == '.') && Character.isDigit(at) && p >= 2 && Character.isDigit(t.charAt(p - 2));
  }
}
