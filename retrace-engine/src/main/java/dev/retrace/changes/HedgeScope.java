package dev.retrace.changes;

import dev.retrace.changes.GroupClaims.Located;
import dev.retrace.claims.Hedge;
import dev.retrace.claims.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The content words a hedge qualifies, and whether a text still holds them (inflection aside). */
final class HedgeScope {
  /** How many words after a hedge make up what it qualifies: "possibly deceptive business practices". */
  static final int SCOPE_WORDS = 4;
  /** Letters two forms of a word share at the start ("kidnapped"/"kidnap", "cut"/"cuts"). */
  static final int STEM_LETTERS = 5;

  private static final Pattern WORD = Pattern.compile("\\p{L}+|[,;:.!?()\"]");

  /** Of the {@link #SCOPE_WORDS} words after the hedge (to the clause end), those that carry content (4+ letters, not "just"). */
  static List<String> words(GroupClaims g, Located<Hedge> h) {
    String sentence = sentenceText(g, h.sentence());
    List<String> out = new ArrayList<>();
    if (sentence == null || h.claim().end() > sentence.length()) {
      return out;
    }
    Matcher m = WORD.matcher(sentence);
    m.region(h.claim().end(), sentence.length());
    int seen = 0;
    while (m.find() && seen < SCOPE_WORDS) {
      String w = m.group();
      if (!Character.isLetter(w.charAt(0))) {
        break;
      }
      seen++;
      String low = w.toLowerCase(Locale.ROOT);
      if (w.length() >= 4 && !Lexicon.isFiller(low)) {
        out.add(low);
      }
    }
    return out;
  }

  /** True when the padded, lower-cased text has a word starting like {@code word}. */
  static boolean present(String paddedLower, String word) {
    String stem = word.substring(0, Math.min(STEM_LETTERS, word.length()));
    return paddedLower.contains(" " + stem);
  }

  private static String sentenceText(GroupClaims g, int sentence) {
    return g.sentenceTexts.get(sentence);
  }

  private HedgeScope() {}
}
