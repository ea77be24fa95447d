package dev.retrace.changes;

import dev.retrace.changes.GroupClaims.Located;
import dev.retrace.claims.WordSense;
import dev.retrace.text.ContentTerms;
import dev.retrace.text.SearchText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Who did what to whom, reversed: "Belgium's Interbrew bought Brazilian brewer Ambev" → "Brazil's Ambev bought
 * Belgium's Interbrew". Both sentences name the same two parties with the same verb between them, in the other
 * order. Without a parser the rule stays narrow: the verb must sit between the two names on both sides, within
 * a few words; a passive ("was bought by"), a coordination ("Ambev and Interbrew agreed") or a verb whose two
 * parties play the same part ("met", "merged with", "clashed with") is not a reversal.
 */
final class RoleChanges {
  /** Most words between two names for the verb to link them as doer and done-to. */
  static final int MAX_BETWEEN = 5;

  /** Verbs whose two parties play the same part: "X met Y" says what "Y met X" says. */
  private static final Set<String> RECIPROCAL = Set.of("meet", "marry", "divorce", "merge", "face", "play", "draw",
      "tie", "fight", "battle", "clash", "talk", "negotiate", "debate", "join", "partner", "ally", "resemble");
  /** Words that make the order of the two names say nothing about their parts. */
  private static final Set<String> ORDER_FREE = Set.of("by", "and", "with", "or", "nor", "versus", "vs", "v");

  static void detect(GroupClaims ga, GroupClaims gb, ChangeSink out) {
    List<Located<String>> namesB = gb.entities;
    for (int x = 0; x < namesB.size(); x++) {
      for (int y = 0; y < namesB.size(); y++) {
        Located<String> first = namesB.get(x);
        Located<String> second = namesB.get(y);
        if (x == y || first.sentence() != second.sentence()) {
          continue;
        }
        List<String> copy = words(gb.sentenceText(first.sentence()));
        if (modifier(copy, first, namesB) || modifier(copy, second, namesB)) {
          continue;
        }
        String verb = verbBetween(copy, first.claim(), second.claim());
        if (verb == null) {
          continue;
        }
        for (int i : ga.sentences) {
          List<String> source = words(ga.sentenceText(i));
          String sourceVerb = verbBetween(source, second.claim(), first.claim());
          if (sourceVerb != null && sameVerb(sourceVerb, verb)
              && verbBetween(source, first.claim(), second.claim()) == null) {
            out.change(ChangeKind.ENTITY_CHANGED, Severity.MAJOR, ga.sentenceText(i), gb.sentenceText(first.sentence()),
                List.of(i), List.of(first.sentence()), null, second.claim() + " " + sourceVerb + " " + first.claim(),
                first.claim() + " " + verb + " " + second.claim(), "who did what is reversed: the source says "
                    + second.claim() + " " + sourceVerb + " " + first.claim() + ", the copy " + first.claim() + " "
                    + verb + " " + second.claim());
            break;
          }
        }
      }
    }
  }

  /**
   * The verb linking {@code doer} to {@code done} when the first stands before the second with at most
   * {@link #MAX_BETWEEN} words between them, one of which is an inflected verb ("bought", "attacks": a plain
   * form could be a noun), none of which frees the order; null otherwise.
   */
  private static String verbBetween(List<String> words, String doer, String done) {
    int a = indexOf(words, doer);
    int b = indexOf(words, done);
    int from = a + SearchText.normalize(doer).split(" ").length;
    if (a < 0 || b < 0 || b <= from || b - from > MAX_BETWEEN) {
      return null;
    }
    String verb = null;
    for (String w : words.subList(from, b)) {
      if (ORDER_FREE.contains(w)) {
        return null;
      }
      if (verb == null && WordSense.inflectedVerb(w) && !ContentTerms.functionWords().contains(w)) {
        verb = w;
      }
    }
    return verb == null || WordSense.baseForms(verb).stream().anyMatch(RECIPROCAL::contains) ? null : verb;
  }

  /** True when another name of the sentence follows the name at once: "Belgium" in "Belgium's Interbrew". */
  private static boolean modifier(List<String> words, Located<String> name, List<Located<String>> names) {
    int at = indexOf(words, name.claim());
    if (at < 0) {
      return false;
    }
    int end = at + SearchText.normalize(name.claim()).split(" ").length;
    return names.stream().anyMatch(n -> n.sentence() == name.sentence() && n != name
        && indexOf(words, n.claim()) == end);
  }

  private static boolean sameVerb(String x, String y) {
    return GroupClaims.TERMS.of(x).equals(GroupClaims.TERMS.of(y))
        || WordSense.baseForms(x).stream().anyMatch(WordSense.baseForms(y)::contains);
  }

  private static int indexOf(List<String> words, String name) {
    List<String> n = Arrays.asList(SearchText.normalize(name).split(" "));
    for (int i = 0; i + n.size() <= words.size(); i++) {
      if (words.subList(i, i + n.size()).equals(n)) {
        return i;
      }
    }
    return -1;
  }

  private static List<String> words(String text) {
    String n = SearchText.normalize(text);
    return n.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(n.split(" ")));
  }

  private RoleChanges() {}
}
