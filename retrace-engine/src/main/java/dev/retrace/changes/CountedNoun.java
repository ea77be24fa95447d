package dev.retrace.changes;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import dev.retrace.claims.Quantity;
import dev.retrace.claims.WordSense;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a figure counts, swapped next to an unchanged figure: "3,000 jobs" → "3,000 shops", "profits of
 * $4.4bn" → "revenues of $4.4bn", "sales rose 0.6%" → "profits rose 0.6%". The two sentences are diffed word
 * by word; a one-word substitution in the figure's noun phrase or at most two words before it, between two
 * nouns (WordNet; not past forms of verbs such as "rose", "fell") that cannot mean the same thing (no shared synset, no direct
 * hypernym link, no spelling variant), changes what the figure is about. Before the figure, words that
 * can name an agent (a group, person or place: "the firm sold 3,000 cars") are who acts, not what is counted. Names (capitalised words) are left
 * to entity checks, figures inside quotation marks to quote checks, and sentences that share less than
 * half their words are not compared (the figure was moved into other wording).
 */
final class CountedNoun {
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.,%$£€-]*[\\p{L}\\p{N}%]|\\S");
  private static final int LEFT = 2;
  /** Words after a bare figure (one whose phrase names no noun) that may say what it counts. */
  private static final int RIGHT = 2;

  private record Tok(String text, String low, int start, int end) {}

  /** {from, to} words when the figure's counted noun was swapped, else null. */
  static String[] swapped(String aSentence, Quantity x, String bSentence, Quantity y) {
    if (inQuotation(aSentence, x.start()) || inQuotation(bSentence, y.start())) {
      return null;
    }
    List<Tok> a = tokens(aSentence);
    List<Tok> b = tokens(bSentence);
    List<String> la = a.stream().map(Tok::low).toList();
    List<String> lb = b.stream().map(Tok::low).toList();
    List<AbstractDelta<String>> deltas = DiffUtils.diff(la, lb).getDeltas();
    int changed = 0;
    for (AbstractDelta<String> d : deltas) {
      changed += Math.max(d.getSource().size(), d.getTarget().size());
    }
    if (changed * 2 > Math.max(la.size(), lb.size())) {
      return null;
    }
    int[] wa = window(a, x);
    int[] wb = window(b, y);
    for (AbstractDelta<String> d : deltas) {
      if (d.getType() != DeltaType.CHANGE || d.getSource().size() != 1 || d.getTarget().size() != 1) {
        continue;
      }
      int p = d.getSource().getPosition();
      int q = d.getTarget().getPosition();
      if (p < wa[0] || p > wa[1] || q < wb[0] || q > wb[1]) {
        continue;
      }
      Tok s = a.get(p);
      Tok t = b.get(q);
      if (countedWord(s, p) && countedWord(t, q) && swappedOut(s.low, t.low, la, lb) && !variants(s.low, t.low)
          && (WordSense.nounLike(s.low) || s.low.equals(x.unit())) && (WordSense.nounLike(t.low) || t.low.equals(y.unit()))
          && !WordSense.related(s.low, t.low)
          && (p >= wa[2] || !WordSense.agent(s.low) && !WordSense.agent(t.low))) {
        return new String[] {s.low, t.low};
      }
    }
    return null;
  }

  /**
   * The old word became rarer and the new word commoner across the sentence: a swap, not a word moved
   * ("110,000 cars ... the number of cars" → "110,000 trucks ... the number of cars").
   */
  private static boolean swappedOut(String from, String to, List<String> la, List<String> lb) {
    return Collections.frequency(la, from) > Collections.frequency(lb, from)
        && Collections.frequency(lb, to) > Collections.frequency(la, to);
  }

  /**
   * Token range [from, to] (inclusive) around the figure (up to two words before it and its noun phrase, or
   * the two words after a bare figure), and the figure's first token.
   */
  private static int[] window(List<Tok> toks, Quantity q) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < toks.size(); i++) {
      Tok t = toks.get(i);
      if (t.end > q.start() && t.start < q.end()) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (first < 0) {
      return new int[] {1, 0, 0};
    }
    int from = first;
    for (int k = first - 1; k >= 0 && first - k <= LEFT; k--) {
      if (!Character.isLetter(toks.get(k).text.charAt(0))) {
        break; // clause punctuation or another figure ends the left side
      }
      from = k;
    }
    // A bare figure ("£4bn", "10%") is followed by what it is about: "£4bn tax cuts", "10% of shares".
    int to = last;
    if (q.text().endsWith(q.number()) || q.text().endsWith("%")) {
      for (int k = last + 1; k < toks.size() && k - last <= RIGHT && Character.isLetter(toks.get(k).text.charAt(0)); k++) {
        to = k;
      }
    }
    return new int[] {from, to, first};
  }

  /** A common word: lower case, or capitalised only as a sentence's first word ("Revenues were £4.3bn"). */
  private static boolean countedWord(Tok t, int index) {
    String w = t.text;
    return w.length() >= 3 && (Character.isLowerCase(w.charAt(0)) || index == 0)
        && w.chars().allMatch(Character::isLetter);
  }

  /** Spelling variants and inflections: "labour"/"labor", "profit"/"profits", "program"/"programme". */
  private static boolean variants(String a, String b) {
    int common = 0;
    while (common < Math.min(a.length(), b.length()) && a.charAt(common) == b.charAt(common)) {
      common++;
    }
    // one edit apart: "labor"/"labour"; two edits is another word ("men"/"women", "exports"/"imports")
    return common >= Math.min(a.length(), b.length()) - 2 && common >= 3 || distance(a, b) <= 1;
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1, prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  private static boolean inQuotation(String sentence, int offset) {
    int marks = 0;
    for (int i = 0; i < Math.min(offset, sentence.length()); i++) {
      char c = sentence.charAt(i);
      if (c == '"' || c == '“' || c == '”') {
        marks++;
      }
    }
    return marks % 2 == 1;
  }

  private static List<Tok> tokens(String s) {
    List<Tok> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(s);
    while (m.find()) {
      out.add(new Tok(m.group(), m.group().toLowerCase(Locale.ROOT), m.start(), m.end()));
    }
    return out;
  }

  private CountedNoun() {}
}
