package dev.retrace.changes;

import dev.retrace.claims.EntityExtractor;
import dev.retrace.compare.ArticleAnalysis;
import dev.retrace.text.Sentence;
import dev.retrace.text.Token;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds claims the copy broadened: a phrase that widens scope ("casualties on both sides", "losses
 * worldwide") attached to a noun that the source restricts with a name or nationality ("Russian
 * casualties"). The copy turns a specific, sourced claim into a sweeping one the source never made.
 */
final class Generalization {
  private static final Pattern BROADENING = Pattern.compile(
      "\\b(?:on|from|for|among) (?:both|all|either) sides\\b|\\bon all fronts\\b|\\bworldwide\\b|\\bglobally\\b"
          + "|\\bnationwide\\b|\\bacross the (?:board|country|region|world|globe)\\b|\\beverywhere\\b"
          + "|\\bof all kinds\\b|\\bin general\\b",
      Pattern.CASE_INSENSITIVE);

  /** Lower-case words a compound noun may put between the restricting name and its head ("olive"). */
  static final int COMPOUND_WORDS = 2;

  record Found(int aSentence, String from, String to) {}

  /** The broadened claim in copy sentence {@code b}, with the source sentence that had it specific. */
  static Optional<Found> find(ArticleAnalysis a, GroupClaims wholeA, Sentence b) {
    Matcher m = BROADENING.matcher(b.text());
    while (m.find()) {
      String phrase = m.group();
      if (wholeA.mentions(phrase)) {
        continue; // the source says it too
      }
      String noun = nounBefore(b, m.start());
      if (noun == null) {
        continue;
      }
      for (Sentence s : a.sentences()) {
        String restricted = restrictedUse(s, noun);
        if (restricted != null) {
          return Optional.of(new Found(s.index(), restricted, noun + " " + phrase));
        }
      }
    }
    return Optional.empty();
  }

  /** The word just before the broadening phrase when it is a content word (the broadened noun). */
  private static String nounBefore(Sentence b, int offset) {
    Token prev = null;
    for (Token t : b.tokens()) {
      if (t.end() <= offset) {
        prev = t;
      }
    }
    return prev != null && prev.text().chars().allMatch(Character::isLetter) && prev.text().length() > 3
        ? prev.text() : null;
  }

  /**
   * "Russian casualties" (or "Spanish olive growers") when the sentence has {@code noun} after a
   * capitalised modifier, with at most {@link #COMPOUND_WORDS} lower-case words of a compound noun between
   * them. A capitalised word opening the sentence counts only when it is shaped like a nationality, since
   * any first word is capitalised.
   */
  private static String restrictedUse(Sentence s, String noun) {
    List<Token> tokens = s.tokens();
    String stem = stem(noun);
    for (int k = 1; k < tokens.size(); k++) {
      if (!stem(tokens.get(k).text()).equals(stem)) {
        continue;
      }
      for (int m = k - 1; m >= Math.max(0, k - 1 - COMPOUND_WORDS); m--) {
        Token modifier = tokens.get(m);
        if (modifier.capitalized()) {
          boolean restricts = m > 0 || EntityExtractor.demonym(modifier.text().toLowerCase(java.util.Locale.ROOT));
          if (restricts) {
            return s.text().substring(modifier.start(), tokens.get(k).end());
          }
          break;
        }
        if (!modifier.text().chars().allMatch(Character::isLowerCase)) {
          break;
        }
      }
    }
    return null;
  }

  /** Plural folding with Lucene's minimal English stemmer: "casualties" meets "casualty". */
  private static String stem(String w) {
    char[] chars = w.toLowerCase(java.util.Locale.ROOT).toCharArray();
    return new String(chars, 0, new EnglishMinimalStemmer().stem(chars, chars.length));
  }

  private Generalization() {}
}
