package dev.retrace.text;

import java.util.Locale;
import java.util.regex.Pattern;

/** Search form of text for "does this article mention X" checks: lower case, no possessive 's, no punctuation. */
public final class SearchText {
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  public static String normalize(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    return NON_WORD.matcher(POSSESSIVE.matcher(lower).replaceAll("")).replaceAll(" ").strip();
  }

  /** True when {@code haystack} (already normalised and padded with spaces) contains the words of {@code phrase}. */
  public static boolean containsWords(String paddedHaystack, String phrase) {
    String p = normalize(phrase);
    return !p.isEmpty() && paddedHaystack.contains(" " + p + " ");
  }

  /** Normalised text padded with a space on each side, ready for {@link #containsWords}. */
  public static String padded(String s) {
    return " " + normalize(s) + " ";
  }

  private SearchText() {}
}
