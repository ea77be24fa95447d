package dev.retrace.changes;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import dev.retrace.changes.GroupClaims.Located;
import dev.retrace.claims.EntityExtractor;
import dev.retrace.claims.Lexicon;
import dev.retrace.claims.WordSense;
import dev.retrace.text.SearchText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * A name the copy put in the place of another: a word-level diff of the aligned texts has a replaced span
 * whose deleted side holds a source name the copy never mentions and whose inserted side holds a name the
 * source never mentions. Requiring the same slot (the words around the swap are equal) keeps a paraphrase
 * that merely names someone the source described ("the artist" → "Tunick") from pairing unrelated names
 * found anywhere in the two groups.
 */
final class EntityChanges {
  /**
   * Words a replaced span may hold besides the names themselves. A few allow the swap to carry its own
   * article or title ("the company Nordwind" → "Baltic Freight"); a longer span is a rewritten clause,
   * where names that left and names that came are no longer one slot.
   */
  static final int MAX_OTHER_WORDS = 3;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['’\\-.,][\\p{L}\\p{M}\\p{N}]+)*");
  private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "from", "outside", "inside", "into",
      "towards", "toward", "throughout", "across");

  static void detect(GroupClaims ga, GroupClaims gb, GroupClaims wholeA, GroupClaims wholeB, ChangeSink out) {
    List<String> wordsA = words(ga.text);
    List<String> wordsB = words(gb.text);
    for (AbstractDelta<String> d : DiffUtils.diff(Tokens.lower(wordsA), Tokens.lower(wordsB)).getDeltas()) {
      if (d.getType() != DeltaType.CHANGE) {
        continue;
      }
      int from = d.getSource().getPosition();
      String deleted = String.join(" ", wordsA.subList(from, from + d.getSource().size()));
      int to = d.getTarget().getPosition();
      String inserted = String.join(" ", wordsB.subList(to, to + d.getTarget().size()));
      Located<String> lost = nameIn(deleted, ga, wholeB);
      Located<String> found = nameIn(inserted, gb, wholeA);
      if (lost == null || found == null) {
        // A nationality swapped in the same slot ("an American who fell" -> "a British man who fell"): the
        // name extractor leaves adjectival demonyms out ("Russian casualties" names no one), but replacing one
        // by another the source never uses changes who the claim is about. Both sides must be demonyms: "the
        // British prime minister" for a named person is a description, not a swap.
        Located<String> l = demonymIn(deleted, ga, wholeB);
        Located<String> f = demonymIn(inserted, gb, wholeA);
        if (l != null && f != null) {
          lost = l;
          found = f;
        }
      }
      if (oneProperWord(deleted) && oneProperWord(inserted) && spelling(deleted, inserted)) {
        continue; // a word of a name spelt otherwise: "Cental Soya" → "Central Soya", "Center" → "Centre"
      }
      if (lost == null || found == null || otherWords(deleted, lost.claim()) > MAX_OTHER_WORDS
          || otherWords(inserted, found.claim()) > MAX_OTHER_WORDS
          || initials(lost.claim(), found.claim()) || initials(found.claim(), lost.claim())) {
        continue;
      }
      // After "in", "at", "from" ... a name is a place unless it modifies the noun after it ("a decline in
      // SARS-CoV-2 vaccine sales").
      int after = from + d.getSource().size();
      boolean modifier = after < wordsA.size() && Character.isLowerCase(wordsA.get(after).charAt(0))
          && !Lexicon.isFunctionWord(wordsA.get(after));
      boolean place = isPlace(ga, lost.claim()) || isPlace(gb, found.claim())
          || from > 0 && LOCATIVE.contains(wordsA.get(from - 1).toLowerCase(Locale.ROOT)) && !modifier;
      out.change(place ? ChangeKind.PLACE_CHANGED : ChangeKind.ENTITY_CHANGED, Severity.MAJOR, ga.text, gb.text,
          List.of(lost.sentence()), List.of(found.sentence()), null, lost.claim(), found.claim(),
          "\"" + lost.claim() + "\" became \"" + found.claim() + "\"");
    }
  }

  /**
   * The first name of {@code g} (places first) inside {@code span} that the other article never mentions; else
   * the first such name that holds the span, when the span is a capitalised part of it: the diff gives only the
   * word that differs in "the Geneva Motor Show" → "the Paris Motor Show".
   */
  private static Located<String> nameIn(String span, GroupClaims g, GroupClaims otherWhole) {
    String haystack = SearchText.padded(span);
    List<Located<String>> names = new ArrayList<>(g.places);
    names.addAll(g.entities);
    for (Located<String> n : names) {
      if (SearchText.containsWords(haystack, n.claim()) && !otherWhole.mentions(n.claim())) {
        return n;
      }
    }
    if (!oneProperWord(span)) {
      return null;
    }
    for (Located<String> n : names) {
      if (n.claim().length() > span.length() && SearchText.containsWords(SearchText.padded(n.claim()), span)
          && !otherWhole.mentions(n.claim())) {
        return n;
      }
    }
    return null;
  }

  /** One capitalised word of letters, not in capitals throughout (an acronym or a table's "UNCH"). */
  private static boolean oneProperWord(String span) {
    return span.length() > 1 && span.chars().allMatch(Character::isLetter) && Character.isUpperCase(span.charAt(0))
        && !span.equals(span.toUpperCase(Locale.ROOT));
  }

  /**
   * Whether two words could be one written two ways: letters swapped ("Center"/"Centre", "Minneosta"/"Minnesota":
   * two edits, the same letters), misspelt or transliterated otherwise ("Cental"/"Central", "Refaat"/"Reefat": one
   * edit, or two in words of six letters or more), shortened ("Corp"/"Corporation") or another company designator
   * ("Inc"/"Corp"). A part of a name replaced by such a word is a spelling, not another party; but two places
   * WordNet knows, not merely reordered, are two places ("Iran"/"Iraq", "Austria"/"Australia").
   */
  private static boolean spelling(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    if (x.startsWith(y) || y.startsWith(x) || DESIGNATORS.contains(x) && DESIGNATORS.contains(y)) {
      return true;
    }
    int edits = SPELLING.apply(x, y);
    if (edits == 2 && sameLetters(x, y)) {
      return true;
    }
    boolean places = WordSense.placeSense(a) >= 0 && WordSense.placeSense(b) >= 0;
    return !places && (edits == 1 || edits == 2 && Math.min(x.length(), y.length()) >= 6);
  }

  private static boolean sameLetters(String x, String y) {
    char[] p = x.toCharArray();
    char[] q = y.toCharArray();
    Arrays.sort(p);
    Arrays.sort(q);
    return Arrays.equals(p, q);
  }

  /** Words that say what kind of company a name is, not which company. */
  private static final Set<String> DESIGNATORS = Set.of("inc", "incorporated", "corp", "corporation", "co", "company",
      "ltd", "limited", "plc", "llc", "pty", "proprietary", "group", "holdings", "ag", "sa", "nv", "bv", "gmbh", "spa");

  private static final LevenshteinDistance SPELLING = new LevenshteinDistance(2);

  /** A capitalised demonym ("American", "British") in {@code span} that the other article never uses. */
  private static Located<String> demonymIn(String span, GroupClaims g, GroupClaims otherWhole) {
    for (String w : words(span)) {
      if (Character.isUpperCase(w.charAt(0)) && EntityExtractor.demonym(w.toLowerCase(Locale.ROOT))
          && !otherWhole.mentions(w)) {
        int sentence = g.sentences.get(0);
        for (int k : g.sentences) {
          if (SearchText.containsWords(SearchText.padded(g.sentenceText(k)), w)) {
            sentence = k;
            break;
          }
        }
        return new Located<>(w, sentence);
      }
    }
    return null;
  }

  /** True when {@code shortName} spells the initials of {@code longName}: "SNP" of "Scottish National Party". */
  static boolean initials(String shortName, String longName) {
    if (shortName.length() < 2 || !shortName.chars().allMatch(c -> Character.isUpperCase(c) || c == '.')) {
      return false;
    }
    String first = initialsOf(longName);
    return first.length() > 1 && first.equals(shortName.replace(".", ""));
  }

  /** The first letters of a name's capitalised words: "SNP" of "Scottish National Party". */
  static String initialsOf(String name) {
    StringBuilder first = new StringBuilder();
    for (String w : name.split("[\\s-]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        first.append(w.charAt(0));
      }
    }
    return first.toString();
  }

  private static boolean isPlace(GroupClaims g, String name) {
    return g.places.stream().anyMatch(p -> p.claim().equals(name));
  }

  private static int otherWords(String span, String name) {
    return words(span).size() - words(name).size();
  }

  private static List<String> words(String text) {
    return Tokens.of(WORD, text);
  }

  private EntityChanges() {}
}
