package dev.retrace.claims;

import dev.retrace.text.Sentence;
import dev.retrace.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tokens of one sentence as the claim extractors read them: the sentence's own tokens with their
 * character offsets, split further where the word tokenizer leaves things joined that claims need
 * apart, and with a normalised lower-case form.
 *
 * <p>Refinements: a possessive or clitic ("Russia's", "Ukraine’s", "it’s", "didn't") becomes base +
 * clitic ("'s", "n't"); a currency sign before digits ("£300", "US$5") is its own token; a scale or
 * unit glued to digits ("300m", "4.5bn", "100km", "1,000s") is split off; dashes inside or at the edge
 * of a token ("-NATO", "10–12", "45-", "morning—breaking", "mid-2023") become tokens of their own
 * (ISO dates such as "2024-11-11" stay whole). Lower-case forms map ’ to ' and en/em dashes to "-".
 *
 * <p>An instance belongs to one call; the class is immutable once built.
 */
public final class Words {
  private static final Pattern FALLBACK = Pattern.compile("\\d[\\d,.]*\\d|\\d|[\\p{L}\\p{M}]+(?:['’][\\p{L}]+)*|\\S");
  private static final Pattern NUMBER_CONTINUATION = Pattern.compile("\\.\\d+[a-zA-Z%]*|\\d+");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern CURRENCY_PREFIX = Pattern.compile("^(US\\$|A\\$|C\\$|HK\\$|[$£€¥₹₽₴])(?=\\d)");
  private static final Pattern NUMBER_SUFFIX =
      Pattern.compile("^(\\d[\\d,]*(?:\\.\\d+)?)(bn|mn|m|b|k|km2|km²|km|mi|kg|s|%|pc|tn|sq)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern CLITIC = Pattern.compile("(?i)^(.+?)(n['’]t|['’](?:s|re|ve|ll|d|m))$");

  private final String text;
  private final String[] tok;
  private final String[] low;
  private final int[] start;
  private final int[] end;
  private final boolean[] letter;
  private final boolean[] digit;
  private final Double[] number;

  private Words(String text, List<String> t, List<int[]> spans) {
    this.text = text;
    int n = t.size();
    tok = t.toArray(new String[0]);
    low = new String[n];
    start = new int[n];
    end = new int[n];
    letter = new boolean[n];
    digit = new boolean[n];
    number = new Double[n];
    for (int i = 0; i < n; i++) {
      start[i] = spans.get(i)[0];
      end[i] = spans.get(i)[1];
      low[i] = normalise(tok[i]);
      for (int k = 0; k < tok[i].length(); k++) {
        char c = tok[i].charAt(k);
        letter[i] |= Character.isLetter(c);
        digit[i] |= Character.isDigit(c);
      }
      if (digit[i]) {
        number[i] = Numbers.digits(low[i]);
      }
    }
  }

  private static String normalise(String s) {
    String l = s.toLowerCase(Locale.ROOT);
    if (l.indexOf('’') >= 0 || l.indexOf('‘') >= 0) {
      l = l.replace('’', '\'').replace('‘', '\'');
    }
    if (l.equals("–") || l.equals("—") || l.equals("‑")) {
      l = "-";
    }
    return l;
  }

  /** The analysed words of a sentence; a sentence without tokens is tokenized by a simple pattern. */
  public static Words of(Sentence s) {
    String text = s.text() == null ? "" : s.text();
    List<Token> tokens = s.tokens();
    if ((tokens == null || tokens.isEmpty()) && !text.isBlank()) {
      tokens = fallbackTokens(text);
    }
    return of(text, tokens == null ? List.of() : tokens);
  }

  static Words of(String text, List<Token> tokens) {
    tokens = mergeNumbers(text, tokens);
    List<String> out = new ArrayList<>(tokens.size() + 8);
    List<int[]> spans = new ArrayList<>(tokens.size() + 8);
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (t.start() < 0 || t.end() > text.length() || t.start() >= t.end()) {
        continue; // inconsistent token: ignore rather than fail
      }
      String s = t.text();
      if (k == tokens.size() - 1 && s.length() > 1 && s.endsWith(".") && s.indexOf('.') == s.length() - 1) {
        refine(s.substring(0, s.length() - 1), t.start(), out, spans); // "Umerov." at the sentence end
        add(".", t.end() - 1, out, spans);
        continue;
      }
      refine(s, t.start(), out, spans);
    }
    return new Words(text, out, spans);
  }

  /**
   * Rejoins a number the word tokenizer cut ("8" ".5" → "8.5"; "1.8" "832" → "1.8832"): a token
   * ending in a digit glued to one that continues it with digits or a decimal part.
   */
  private static List<Token> mergeNumbers(String text, List<Token> tokens) {
    List<Token> out = null;
    for (int k = 0; k + 1 < tokens.size(); k++) {
      Token a = tokens.get(k);
      Token b = tokens.get(k + 1);
      if (a.end() == b.start() && !a.text().isEmpty() && Character.isDigit(a.text().charAt(a.text().length() - 1))
          && NUMBER_CONTINUATION.matcher(b.text()).matches() && b.end() <= text.length()) {
        if (out == null) {
          out = new ArrayList<>(tokens);
        }
        Token merged = new Token(text.substring(a.start(), b.end()), a.start(), b.end());
        out.set(k, null);
        out.set(k + 1, merged);
        tokens = out;
      }
    }
    if (out == null) {
      return tokens;
    }
    out.removeIf(java.util.Objects::isNull);
    return out;
  }

  private static List<Token> fallbackTokens(String text) {
    List<Token> out = new ArrayList<>();
    Matcher m = FALLBACK.matcher(text);
    while (m.find()) {
      out.add(new Token(m.group(), m.start(), m.end()));
    }
    return out;
  }

  private static void add(String t, int s, List<String> out, List<int[]> spans) {
    if (!t.isEmpty()) {
      out.add(t);
      spans.add(new int[] {s, s + t.length()});
    }
  }

  private static boolean isDash(char c) {
    return c == '-' || c == '–' || c == '—' || c == '‑';
  }

  private static void refine(String t, int s, List<String> out, List<int[]> spans) {
    // dashes: split unless an ISO date or a lone dash
    if (t.length() > 1 && hasSplittableDash(t) && !ISO_DATE.matcher(t).matches()) {
      int partStart = 0;
      for (int i = 0; i < t.length(); i++) {
        if (isDash(t.charAt(i))) {
          refine(t.substring(partStart, i), s + partStart, out, spans);
          add(t.substring(i, i + 1), s + i, out, spans);
          partStart = i + 1;
        }
      }
      refine(t.substring(partStart), s + partStart, out, spans);
      return;
    }
    if (t.isEmpty()) {
      return;
    }
    if (plainWord(t)) {
      add(t, s, out, spans);
      return;
    }
    Matcher cur = CURRENCY_PREFIX.matcher(t);
    if (cur.find()) {
      add(cur.group(1), s, out, spans);
      refine(t.substring(cur.end()), s + cur.end(), out, spans);
      return;
    }
    Matcher suf = NUMBER_SUFFIX.matcher(t);
    if (suf.matches()) {
      add(suf.group(1), s, out, spans);
      add(suf.group(2), s + suf.start(2), out, spans);
      return;
    }
    Matcher cl = CLITIC.matcher(t);
    if (cl.matches() && Character.isLetter(t.charAt(0))) {
      String base = cl.group(1);
      String clitic = cl.group(2);
      add(base, s, out, spans);
      add(clitic, s + base.length(), out, spans);
      return;
    }
    add(t, s, out, spans);
  }

  /** Letters only (no digit, apostrophe, currency sign): nothing to split. */
  private static boolean plainWord(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (!Character.isLetter(c) && c != '.') {
        return false;
      }
    }
    return true;
  }

  private static boolean hasSplittableDash(String t) {
    boolean digit = false;
    boolean dash = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isDigit(c)) {
        digit = true;
      }
      if (isDash(c)) {
        dash = true;
        if (i == 0 || i == t.length() - 1 || c != '-') {
          return true; // leading/trailing dash, or an en/em dash anywhere
        }
      }
    }
    return dash && digit; // "10-12", "mid-2023"; word-word hyphens ("military-industrial") stay
  }

  // ---------------------------------------------------------------- accessors

  public int size() {
    return tok.length;
  }

  public String text() {
    return text;
  }

  /** The token as written. */
  public String tok(int i) {
    return tok[i];
  }

  /** Lower case, ’ mapped to ', dashes mapped to "-". Out-of-range indexes give "". */
  public String low(int i) {
    return i < 0 || i >= tok.length ? "" : low[i];
  }

  public int start(int i) {
    return start[i];
  }

  public int end(int i) {
    return end[i];
  }

  /** Text of tokens [from, to) as written in the sentence. */
  public String span(int from, int to) {
    if (from >= to) {
      return "";
    }
    return text.substring(start[from], end[to - 1]);
  }

  public boolean is(int i, String word) {
    return low(i).equals(word);
  }

  /** True when the tokens from {@code i} are exactly {@code words} (lower case). */
  public boolean seq(int i, String... words) {
    if (i < 0 || i + words.length > tok.length) {
      return false;
    }
    for (int k = 0; k < words.length; k++) {
      if (!low[i + k].equals(words[k])) {
        return false;
      }
    }
    return true;
  }

  /** Starts with an upper-case letter. */
  public boolean cap(int i) {
    return i >= 0 && i < tok.length && !tok[i].isEmpty() && Character.isUpperCase(tok[i].codePointAt(0));
  }

  /** Contains a letter. */
  public boolean word(int i) {
    return i >= 0 && i < tok.length && letter[i];
  }

  /** Contains a digit. */
  public boolean digit(int i) {
    return i >= 0 && i < tok.length && digit[i];
  }

  /** The value of a plain digit token ("2,030" → 2030.0), else null. */
  public Double number(int i) {
    return i >= 0 && i < tok.length ? number[i] : null;
  }

  /** Neither letters nor digits: punctuation, quote marks, dashes, symbols. */
  public boolean punct(int i) {
    return i >= 0 && i < tok.length && !word(i) && !digit(i);
  }

  /** A possessive or clitic marker split off by this class ("'s", "n't", "'re" ...). */
  public boolean clitic(int i) {
    String l = low(i);
    return l.startsWith("'") && l.length() > 1 && Character.isLetter(l.charAt(1)) || l.equals("n't");
  }

  /** No white space between token i-1 and token i. */
  public boolean glued(int i) {
    return i > 0 && i < tok.length && end[i - 1] == start[i];
  }

  /** A dash token ("-", "–", "—"). */
  public boolean dash(int i) {
    return low(i).equals("-");
  }

  /** Punctuation that ends a clause for cue searches: , ; : ( ) and quote marks. A dash does not. */
  public boolean clauseBreak(int i) {
    String l = low(i);
    return switch (l) {
      case ",", ";", ":", "(", ")", "[", "]", "\"", "“", "”", "?", "!", "." -> true;
      default -> false;
    };
  }
}
