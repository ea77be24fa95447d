package dev.retrace.claims;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Closed-class English word lists shared by the claim extractors (determiners, prepositions,
 * auxiliaries, conjunctions, pronouns, months, weekdays). All entries are lower case; look-ups are
 * on {@link Words#low(int)}.
 */
public final class Lexicon {
  private Lexicon() {}

  static Set<String> set(String words) {
    return Set.copyOf(java.util.Arrays.asList(words.trim().split("\\s+")));
  }

  static final Set<String> DETERMINERS = set("""
      the a an this that these those its his her their our my your some any each every both all
      another such no several many few""");

  /** Subject pronouns: a source that is only one of these is generic. */
  static final Set<String> PRONOUNS = set("it he she they we i you one someone somebody everyone who");

  static final Set<String> PREPOSITIONS = set("""
      in on at by for with from to of into onto over under between among amid amidst during since
      after before until till through throughout across near against about via per without within
      despite toward towards upon around behind beyond above below like as off out up down along
      outside inside""");

  static final Set<String> AUXILIARIES = set("""
      is are was were be been being am has have had do does did will would shall should can could
      may might must 're 've 'd 'll 'm""");

  static final Set<String> CONJUNCTIONS = set("""
      and or but nor yet so because although though while whereas if unless when whether where that
      which who whom whose than as once until after before since""");

  /** Words that open a subordinate or new clause: a cue search does not cross them. */
  static final Set<String> CLAUSE_OPENERS = set("""
      that which who whom whose while whereas because although though but yet however unless
      whether where when if""");

  /** Common adverbs that sit between a subject and its verb or an auxiliary and its participle. */
  static final Set<String> ADVERBS = set("""
      also already now then still just only even again later earlier previously recently since
      reportedly allegedly apparently publicly officially firmly repeatedly further meanwhile all
      mostly largely subsequently initially originally currently separately independently not n't
      never always often usually typically""");

  static final Map<String, Integer> MONTHS = new HashMap<>();
  static final Map<String, String> WEEKDAYS = new HashMap<>();

  static {
    String[] full = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december"};
    for (int m = 0; m < 12; m++) {
      MONTHS.put(full[m], m + 1);
    }
    String[][] abbr = {{"jan.", "1"}, {"jan", "1"}, {"feb.", "2"}, {"feb", "2"}, {"mar.", "3"}, {"apr.", "4"},
        {"apr", "4"}, {"jun.", "6"}, {"jul.", "7"}, {"aug.", "8"}, {"aug", "8"}, {"sep.", "9"}, {"sept.", "9"},
        {"sept", "9"}, {"oct.", "10"}, {"oct", "10"}, {"nov.", "11"}, {"nov", "11"}, {"dec.", "12"}};
    for (String[] a : abbr) {
      MONTHS.put(a[0], Integer.parseInt(a[1]));
    }
    String[] days = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    for (String d : days) {
      WEEKDAYS.put(d, d);
    }
    String[][] dayAbbr = {{"mon.", "monday"}, {"tue.", "tuesday"}, {"tues.", "tuesday"}, {"wed.", "wednesday"},
        {"thu.", "thursday"}, {"thurs.", "thursday"}, {"fri.", "friday"}, {"sat.", "saturday"},
        {"sun.", "sunday"}};
    for (String[] a : dayAbbr) {
      WEEKDAYS.put(a[0], a[1]);
    }
  }

  /** Words that may stand capitalised at the start of a sentence without being names. */
  static final Set<String> COMMON_STARTERS;

  static {
    Set<String> s = new HashSet<>();
    s.addAll(DETERMINERS);
    s.addAll(PRONOUNS);
    s.addAll(PREPOSITIONS);
    s.addAll(AUXILIARIES);
    s.addAll(CONJUNCTIONS);
    s.addAll(ADVERBS);
    s.addAll(set("""
        according furthermore moreover however meanwhile nevertheless nonetheless instead indeed
        thus therefore hence besides otherwise overall finally first second third last next then
        there here what whatever whoever whichever how why yes no not many most much more less some
        other others another both either neither none nothing everything something anything
        despite although though while whereas since before after once today yesterday tomorrow
        tonight this that these those such those in addition still even just only also
        i me we us our you your he him his she her they them their it its my mine
        people officials analysts experts sources comments comment post read see watch click
        breaking update updated related editor note photo video no. police officials residents
        witnesses troops soldiers forces authorities analysts experts critics supporters protesters
        rescuers investigators prosecutors lawmakers shares stocks markets prices sales inflation
        unemployment growth revenue profits exports imports casualties losses deaths reports data
        figures dozens hundreds thousands millions scores tens several one two three four five six
        seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy eighty ninety
        hundred thousand million half"""));
    COMMON_STARTERS = Set.copyOf(s);
  }

  /** Every closed-class word above, for "is this a content word?" checks. */
  static final Set<String> FUNCTION_WORDS;

  static {
    Set<String> s = new HashSet<>();
    s.addAll(DETERMINERS);
    s.addAll(PRONOUNS);
    s.addAll(PREPOSITIONS);
    s.addAll(AUXILIARIES);
    s.addAll(CONJUNCTIONS);
    s.addAll(set("not n't no there here what how why very more most less least own other"));
    FUNCTION_WORDS = Set.copyOf(s);
  }

  public static boolean isFunctionWord(String low) {
    return FUNCTION_WORDS.contains(low);
  }

  /** A word that carries no content of its own: a function word or a common adverb ("just", "still"). */
  public static boolean isFiller(String low) {
    return FUNCTION_WORDS.contains(low) || ADVERBS.contains(low);
  }
}
