package dev.retrace.text;

/**
 * A word-level token with its character span in the sentence it belongs to.
 *
 * @param text  the token as written
 * @param start offset of the first character in the sentence
 * @param end   offset after the last character
 */
public record Token(String text, int start, int end) {
  /** Lower-cased form used by lexicon look-ups. */
  public String lower() {
    return text.toLowerCase(java.util.Locale.ROOT);
  }

  /** True when the token starts with an upper-case letter (a cheap proper-noun cue). */
  public boolean capitalized() {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }

  /** True when the token contains at least one digit. */
  public boolean hasDigit() {
    return text.chars().anyMatch(Character::isDigit);
  }
}
