package dev.retrace.synth;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small text facts shared by the transformations. */
final class Words {
  static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'-]*");
  /** A figure: digits with thousands separators and decimals, an optional currency sign, unit suffix or %; not "#1" or "&#323;". */
  static final Pattern FIGURE = Pattern.compile("(?<![\\w.,#])([$£€]?)(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(bn|m|k|%)?(?![\\w,]\\d)");
  /** Figures written as words ("eight minutes"): what follows them is what they count, as after digits. */
  static final String NUMBER_WORD = "(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
      + "sixty|seventy|eighty|ninety|hundred|thousand|dozen|million|billion)";
  static final Set<String> STOP = Set.of(("a an the and or but nor so yet for of in on at to from by with about as into "
      + "over after before under between through during without within against among than then that this these those "
      + "there here it its he she they them their his her we our you your i me my is are was were be been being am has "
      + "have had do does did will would shall should can could may might must not no also just only very more most "
      + "said says say told according who whom whose which what when where why how all any some each every other such "
      + "own same both few many much one two three four five six seven eight nine ten first last new year years "
      + "month months week weeks day days time people mr mrs ms").split(" "));

  private Words() {}

  static boolean insideQuote(String sentence, int index) {
    return insideQuote(sentence, index, false);
  }

  /** Whether {@code index} is inside quotation marks; {@code open}: the sentence starts inside a quotation. */
  static boolean insideQuote(String sentence, int index, boolean open) {
    boolean inside = open;
    for (int i = 0; i < index && i < sentence.length(); i++) {
      char c = sentence.charAt(i);
      if (c == '\u201C') {
        inside = true;
      } else if (c == '\u201D') {
        inside = false;
      } else if (c == '"') {
        inside = !inside || reopens(sentence, i);
      }
    }
    return inside;
  }

  /** Whether a quotation is still open at the end of the sentence. */
  static boolean openAfter(String sentence, boolean open) {
    return insideQuote(sentence, sentence.length(), open);
  }

  /**
   * A straight quote mark inside an open quotation that opens a new paragraph of it rather than closing it.
   * The BBC texts join paragraphs, and a quotation running over several paragraphs has an opening mark at
   * each paragraph start but a closing mark only at its end ({@code the atmosphere. "School went out}).
   */
  private static boolean reopens(String s, int i) {
    int k = i - 1;
    while (k >= 0 && Character.isWhitespace(s.charAt(k))) {
      k--;
    }
    boolean afterSentenceEnd = k < 0 || k < i - 1 && ".!?".indexOf(s.charAt(k)) >= 0;
    return afterSentenceEnd && i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i + 1));
  }

  static boolean hasQuote(String sentence) {
    return sentence.indexOf('"') >= 0 || sentence.indexOf('\u201C') >= 0 || sentence.indexOf('\u201D') >= 0;
  }

  static int wordCount(String s) {
    Matcher m = WORD.matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** Whether a figure ends within {@code window} characters before {@code index}. */
  static boolean afterFigure(String sentence, int index, int window) {
    String before = sentence.substring(Math.max(0, index - window), index);
    return before.matches("(?s).*(?:\\d[\\d,.]*(?:bn|m|%)?|\\b" + NUMBER_WORD + ")\\s+(?:[a-z]+\\s+)?$");
  }

  static String capitalize(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  static String decapitalize(String s) {
    if (s.length() > 1 && Character.isUpperCase(s.charAt(1))) {
      return s; // an acronym
    }
    return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
  }

  static boolean isYear(String digits) {
    return digits.matches("(19|20)\\d\\d");
  }

  /** Ends the sentence with a full stop when it has no final punctuation. */
  static String finish(String s) {
    s = s.strip();
    return s.matches("(?s).*[.!?][\"')\u201D]*$") ? s : s + ".";
  }
}
