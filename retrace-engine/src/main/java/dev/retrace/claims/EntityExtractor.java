package dev.retrace.claims;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds proper names and the places a sentence locates something in.
 *
 * <p>Names are runs of capitalised tokens, joined by "of", "for", "de", "al" ... and glued hyphens
 * ("Institute for the Study of War", "Secretary-General"), ended by a possessive or by a number glued on
 * with a hyphen ("SARS-CoV-2", "F-16"). Excluded: capitalised
 * common words at the start of a sentence or quotation ("Furthermore", "The", "Many"), pronouns,
 * months and weekdays (anything the {@link TimeExtractor} used), and a demonym used as an adjective
 * ("Russian casualties", "North Korean soldiers"). A personal title is split off
 * ("NATO Secretary General Jens Stoltenberg" → "NATO", "Jens Stoltenberg") unless it names an
 * institution ("General Staff", "Foreign Intelligence Service").
 *
 * <p>Places: a name after a locative preposition (in, at, near, across, from, outside, inside, into,
 * towards, throughout) that is not itself a modifier ("at NATO headquarters"); a name with a place
 * suffix ("Kursk region", "Donetsk oblast", "Pechersk district"); "the city of Sudzha". Stateless and
 * thread-safe.
 */
public final class EntityExtractor {
  /** Names and places of a sentence, each as written, in order, without repeats. */
  public record Names(List<String> entities, List<String> places) {}

  private static final Set<String> CONNECTORS = Lexicon.set("of for de del da di van von al bin der la le du");
  private static final Set<String> LOCATIVE = Lexicon.set("in at near across from outside inside into towards toward throughout");
  private static final Set<String> DIRECTIONS = Lexicon.set("""
      northern southern eastern western central northeastern northwestern southeastern southwestern
      north south east west occupied neighbouring neighboring""");
  private static final Set<String> PLACE_SUFFIX = Lexicon.set("""
      region province oblast city county district state island islands peninsula valley village town
      governorate prefecture territory municipality raion krai republic""");
  private static final Set<String> PLACE_HEADS = Lexicon.set("city town village region province capital district port");
  private static final Set<String> TITLES = Lexicon.set("""
      president prime minister secretary general chancellor king queen prince princess pope senator
      sen. rep. representative governor gov. mayor mr. mrs. ms. dr. prof. professor lieutenant lt.
      colonel col. major maj. captain capt. commander admiral adm. sergeant sgt. foreign defense
      defence interior finance deputy vice chief judge justice ambassador spokesman spokeswoman
      spokesperson director chairman chairwoman ceo envoy commissioner lord lady sir sheikh emir
      crown gen. marshal premier first then""");
  private static final Set<String> INSTITUTIONS = Lexicon.set("""
      staff assembly council ministry service office command department committee commission agency
      bank court forces army navy union party house directorate administration government""");

  /** Adverbs that follow a place without modifying it: "in Mississippi late on Friday", "in Texas overnight". */
  private static final Set<String> AFTER_PLACE = Lexicon.set("""
      late early earlier later overnight yesterday today tonight recently again last next this""");

  public Names extract(Words w, boolean[] time) {
    Set<String> entities = new LinkedHashSet<>();
    Set<String> places = new LinkedHashSet<>();
    int n = w.size();
    int i = 0;
    while (i < n) {
      if (!nameToken(w, i, time)) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < n) {
        if (nameToken(w, j, time)) {
          j++;
        } else if (CONNECTORS.contains(w.low(j)) && !w.cap(j) && nameToken(w, j + 1, time)) {
          j += 2;
        } else if (CONNECTORS.contains(w.low(j)) && w.is(j + 1, "the") && nameToken(w, j + 2, time)) {
          j += 3;
        } else if (w.dash(j) && w.glued(j) && w.glued(j + 1) && nameToken(w, j + 1, time)) {
          j += 2;
        } else if (w.dash(j) && w.glued(j) && w.glued(j + 1) && w.digit(j + 1) && !w.word(j + 1)
            && !w.glued(j + 2)) {
          // a model or strain number is part of the name: "SARS-CoV-2" is not "SARS-CoV-4", "F-16" not "F-35"
          j += 2;
          break;
        } else {
          break;
        }
      }
      if (j == i + 1 && clauseStart(w, i) && WordSense.commonWordNotName(w.low(i))) {
        i = j; // "Local authorities said", "Officials said": a common word capitalised by its position
        continue;
      }
      if (j == i + 1 && abbreviation(w.tok(i))) {
        i = j; // "Qtly div 13 cts", "Shr five cts": wire-table abbreviations
        continue;
      }
      for (int[] part : splitTitle(w, i, j)) {
        name(w, part[0], part[1], time, entities, places);
      }
      i = j;
    }
    // "the city of Sudzha"
    for (int k = 1; k + 2 < n; k++) {
      if (PLACE_HEADS.contains(w.low(k)) && w.is(k + 1, "of") && nameToken(w, k + 2, time)
          && (w.is(k - 1, "the") || w.is(k - 1, "a"))) {
        int e = k + 3;
        while (e < n && nameToken(w, e, time)) {
          e++;
        }
        places.add(w.span(k + 2, e));
      }
    }
    return new Names(List.copyOf(entities), List.copyOf(places));
  }

  private static void name(Words w, int a, int b, boolean[] time, Set<String> entities, Set<String> places) {
    if (a >= b) {
      return;
    }
    String next = w.low(b);
    // "at NATO headquarters" names no place; "in London dumped paint" does: a verb form after the name ends it
    boolean modifierNext = w.word(b) && !w.cap(b) && !w.clitic(b) && !Lexicon.isFunctionWord(next)
        && !AFTER_PLACE.contains(next) && !(b < time.length && time[b])
        && !(WordSense.inflectedVerb(next) && !WordSense.nounLike(next));
    if (demonym(w.low(b - 1)) && w.word(b) && !w.clitic(b) && !Lexicon.isFunctionWord(next)) {
      // "Russian casualties", "Ukrainian President ...": a nationality adjective names no one. A name before it
      // still does ("the London Russian embassy" names London), unless the two words are one nationality
      // ("Sri Lankan", "North Korean", "Costa Rican"), which WordNet lists as one entry.
      // Nationalities joined by a hyphen are one description too ("Belgian-Brazilian brewer").
      int end = b - 1;
      if (end - a > 1 && w.dash(end - 1)) {
        if (demonym(w.low(end - 2))) {
          return;
        }
        end--;
      }
      if (end > a && !DIRECTIONS.contains(w.low(end - 1))
          && !WordSense.inDictionary(w.low(end - 1) + " " + w.low(b - 1))) {
        name(w, a, end, time, entities, places);
      }
      return;
    }
    String text = w.span(a, b);
    entities.add(text);
    if (PLACE_SUFFIX.contains(next)) {
      places.add(w.span(a, b + 1));
      return;
    }
    int p = a - 1;
    while (p >= 0 && (w.is(p, "the") || DIRECTIONS.contains(w.low(p)))) {
      p--;
    }
    if (p >= 0 && LOCATIVE.contains(w.low(p)) && !modifierNext && !demonym(w.low(b - 1)) && !w.clitic(b)) {
      places.add(text);
    }
  }

  /**
   * A capitalised word no name is spelled like: three letters or more in title case, and no vowel, or only a "y"
   * after three consonants or more ("Shr", "Qtr", "Qtly", "Mthly", "Dlrs": the abbreviations of wire tables).
   * "Lynn", "Flynn" and "Byrd" have their "y" after one or two; acronyms in capitals ("BBC", "NHS") are not
   * title case.
   */
  static boolean abbreviation(String t) {
    if (t.length() < 3 || !Character.isUpperCase(t.charAt(0))) {
      return false;
    }
    int consonants = 0;
    for (int k = 0; k < t.length(); k++) {
      char c = t.charAt(k);
      if (k > 0 && !Character.isLowerCase(c) || !Character.isLetter(c)) {
        return false;
      }
      char l = Character.toLowerCase(c);
      if ("aeiou".indexOf(l) >= 0) {
        return false;
      }
      if (l == 'y') {
        return consonants >= 3;
      }
      consonants++;
    }
    return true;
  }

  /** True for a lower-cased word shaped like a nationality adjective ("russian", "spanish", "japanese"). */
  public static boolean demonym(String l) {
    return l.length() > 4 && (l.endsWith("ian") || l.endsWith("ean") || l.endsWith("can") || l.endsWith("ese")
        || l.endsWith("ish"));
  }

  /** [a, b) minus a personal title: "NATO Secretary General Jens Stoltenberg" → [NATO], [Jens Stoltenberg]. */
  private static List<int[]> splitTitle(Words w, int a, int b) {
    int t = a;
    while (t < b && !TITLES.contains(w.low(t))) {
      t++;
    }
    if (t == b) {
      return List.of(new int[] {a, b});
    }
    int rest = t;
    while (rest < b && (TITLES.contains(w.low(rest)) || w.dash(rest))) {
      rest++;
    }
    if (rest == b) {
      return List.of(new int[] {a, b});
    }
    for (int k = rest; k < b; k++) {
      if (INSTITUTIONS.contains(w.low(k)) || CONNECTORS.contains(w.low(k))) {
        return List.of(new int[] {a, b}); // "General Staff", "Foreign Intelligence Service"
      }
    }
    List<int[]> out = new ArrayList<>(2);
    if (t > a) {
      out.add(new int[] {a, t});
    }
    out.add(new int[] {rest, b});
    return out;
  }

  /** A capitalised word that can be part of a name here. */
  private static boolean nameToken(Words w, int k, boolean[] time) {
    if (k < 0 || k >= w.size() || time[k] && !titleWord(w, k, time) || !w.cap(k) || !w.word(k) || w.clitic(k)) {
      return false;
    }
    String l = w.low(k);
    if (Lexicon.DETERMINERS.contains(l) || Lexicon.PRONOUNS.contains(l) || l.equals("i")) {
      return false;
    }
    // A verb before a negative contraction, capitalised in a title: "You Don't Know My Name" is not "Do".
    if (k + 1 < w.size() && w.low(k + 1).equals("n't")) {
      return false;
    }
    return !(clauseStart(w, k) && Lexicon.COMMON_STARTERS.contains(l));
  }

  /**
   * A capitalised time word inside a title after "the": "the Daily Ledger", "the Sunday Times" name
   * newspapers, not a day.
   */
  private static boolean titleWord(Words w, int k, boolean[] time) {
    return w.cap(k) && k > 0 && w.is(k - 1, "the") && k + 1 < w.size() && !time[k + 1]
        && nameToken(w, k + 1, time);
  }

  /** True when token k opens a sentence, a quotation or a parenthesis, where any word is capitalised. */
  private static boolean clauseStart(Words w, int k) {
    return k == 0 || AttributionExtractor.quoteMark(w, k - 1) || w.is(k - 1, ":")
        || w.is(k - 1, "(") || w.is(k - 1, ".") || w.is(k - 1, "'") || w.dash(k - 1) && !w.glued(k);
  }
}
