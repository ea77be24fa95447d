package dev.retrace.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits paragraphs into sentences with OpenNLP's English sentence model (shipped in a Maven artifact),
 * which handles abbreviations ("U.S.", "Gen."), numbers ("2,030", "3.5") and quotations better than a
 * regular expression. Paragraph breaks ("\n") are always sentence breaks: news paragraphs rarely run a
 * sentence across them, and headings have no final punctuation for the model to see.
 */
public final class SentenceSplitter {
  private static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  private static final SentenceModel SHARED_MODEL = load();

  // SentenceDetectorME is not thread-safe; the model is. One detector per thread.
  private final ThreadLocal<SentenceDetectorME> detector =
      ThreadLocal.withInitial(() -> new SentenceDetectorME(SHARED_MODEL));

  private static SentenceModel load() {
    try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP sentence model " + MODEL + " is not on the class path");
      }
      return new SentenceModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load OpenNLP sentence model", e);
    }
  }

  /** A sentence as found in the text, before token analysis. */
  public record Piece(int paragraph, String text) {}

  /** Splits text whose paragraphs are separated by newlines. Blank paragraphs are skipped. */
  public List<Piece> split(String text) {
    List<Piece> out = new ArrayList<>();
    int paragraph = 0;
    for (String para : text.split("\n")) {
      String p = para.strip();
      if (p.isEmpty()) {
        continue;
      }
      for (Span span : detector.get().sentPosDetect(p)) {
        String s = span.getCoveredText(p).toString().strip();
        if (!s.isEmpty()) {
          out.add(new Piece(paragraph, s));
        }
      }
      paragraph++;
    }
    return out;
  }
}
