package dev.retrace.changes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The word lists the diff-based rules compare: a text's matches of a token pattern, as written or lower-cased. */
final class Tokens {
  /** Every match of {@code token} in the text, in order, as written. */
  static List<String> of(Pattern token, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = token.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  static List<String> lower(List<String> tokens) {
    return tokens.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
  }

  private Tokens() {}
}
