package dev.retrace.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How good or bad a word says things are, from VADER's sentiment lexicon (Hutto &amp; Gilbert 2014, MIT licence,
 * shipped in the {@code vader-sentiment-analyzer} artifact): the mean of ten raters' scores from -4 (worst) to
 * +4 (best), for about 7,500 words and inflections ("troubled" -2.0, "struggling" -1.8, "triumphant" +2.4,
 * "arrested" -2.1). WordNet has no such scale and lists few antonyms among adjectives of judgement ("troubled" /
 * "triumphant" are none), so a word turned into one of the opposite feeling is found here.
 */
public final class Valence {
  private static final String LEXICON = "/vader_sentiment_lexicon.txt";
  /**
   * A word counts as clearly good or bad from this score on (either sign). Milder words are often used in a
   * neutral sense ("fresh attacks" +1.3, "increase" +1.3, "lost" -1.3) and swap with words of the other sign
   * in honest rewording.
   */
  static final double CLEAR = 1.5;
  private static final Map<String, Double> SCORES = load();

  /**
   * The word's mean score; for a word the lexicon does not list, the mean score of the listed words of its
   * commonest WordNet adjective sense ("thriving", unlisted, scores as "prosperous" and "flourishing" do); null
   * when neither gives one.
   */
  public static Double of(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    Double listed = SCORES.get(w);
    if (listed != null) {
      return listed;
    }
    double sum = 0;
    int n = 0;
    for (String synonym : WordSense.adjectiveSynonyms(w)) {
      Double x = SCORES.get(synonym);
      if (x != null) {
        sum += x;
        n++;
      }
    }
    return n == 0 ? null : sum / n;
  }

  /** True when one word is clearly good and the other clearly bad: "troubled" / "triumphant", "won" / "lost". */
  public static boolean opposite(String a, String b) {
    Double x = of(a);
    Double y = of(b);
    return x != null && y != null && Math.abs(x) >= CLEAR && Math.abs(y) >= CLEAR && x * y < 0;
  }

  private static Map<String, Double> load() {
    try (InputStream in = Valence.class.getResourceAsStream(LEXICON)) {
      if (in == null) {
        throw new IllegalStateException("VADER's lexicon " + LEXICON + " is missing from the class path");
      }
      // One entry per line: word, mean score, standard deviation, the ten ratings; a few entries are Latin-1.
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
      Map<String, Double> out = new HashMap<>();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split("\t");
        if (f.length >= 2 && !f[0].isBlank()) {
          try {
            out.put(f[0].strip().toLowerCase(Locale.ROOT), Double.parseDouble(f[1].strip()));
          } catch (NumberFormatException e) {
            // a malformed entry is skipped; the others still serve
          }
        }
      }
      return Map.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read VADER's lexicon", e);
    }
  }

  private Valence() {}
}
