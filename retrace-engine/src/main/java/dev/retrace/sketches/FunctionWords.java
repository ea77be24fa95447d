package dev.retrace.sketches;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.CharArraySet;

/**
 * English function words ("the", "which", "although" ...), which carry no fact. The list is the one the text
 * package ships (dev/retrace/text/function-words.txt), read here into Lucene's CharArraySet because the sketcher
 * looks words up straight from its char buffer, without making a String per word.
 */
final class FunctionWords {
  static final CharArraySet SET = load();

  private FunctionWords() {}

  private static CharArraySet load() {
    try (InputStream in = FunctionWords.class.getResourceAsStream("/dev/retrace/text/function-words.txt")) {
      if (in == null) {
        throw new IllegalStateException("dev/retrace/text/function-words.txt missing from the class path");
      }
      CharArraySet set = new CharArraySet(400, true);
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
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
}
