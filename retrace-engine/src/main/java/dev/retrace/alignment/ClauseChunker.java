package dev.retrace.alignment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts a long sentence into clause-sized chunks. Rewriters often split one long source sentence into two
 * ("No evidence has been provided for this claim and earlier this year, X said ..." becomes two
 * sentences) or merge two into one; a whole-sentence embedding of the long side dilutes the match, while
 * a clause-level comparison finds it.
 */
final class ClauseChunker {
  /** Clause boundaries: semicolons, colons, dashes, and commas or "and/but/while" starting a new clause. */
  private static final Pattern BOUNDARY = Pattern.compile(
      "\\s*;\\s*|\\s*:\\s+|\\s+-\\s+|,?\\s+(?=(?:and|but|while|whereas|although|though|which|when|with|after|before|making|marking)\\s)|,\\s+");
  static final int MIN_WORDS = 5;
  static final int LONG_SENTENCE_WORDS = 16;

  /** Clause chunks of at least {@link #MIN_WORDS} words, or an empty list for short sentences. */
  static List<String> chunks(String sentence) {
    if (words(sentence) < LONG_SENTENCE_WORDS) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String piece : BOUNDARY.split(sentence)) {
      if (current.length() > 0) {
        current.append(' ');
      }
      current.append(piece.strip());
      if (words(current.toString()) >= MIN_WORDS) {
        out.add(current.toString());
        current.setLength(0);
      }
    }
    if (current.length() > 0) {
      if (out.isEmpty()) {
        out.add(current.toString());
      } else {
        out.set(out.size() - 1, out.get(out.size() - 1) + ' ' + current);
      }
    }
    return out.size() > 1 ? out : List.of();
  }

  private static int words(String s) {
    int n = 0;
    boolean in = false;
    for (int k = 0; k < s.length(); k++) {
      boolean w = !Character.isWhitespace(s.charAt(k));
      if (w && !in) {
        n++;
      }
      in = w;
    }
    return n;
  }

  private ClauseChunker() {}
}
