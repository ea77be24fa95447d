package dev.retrace.claims;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The canonical categories of counted things, the cue words that name them, and how categories relate.
 *
 * <p>Categories form small families: {@link #DEATHS}, {@link #WOUNDED}, {@link #CAPTURED} and
 * {@link #MISSING} are kinds of {@link #CASUALTIES}. A copy that turns "2,030 personnel losses" into
 * "2,030 personnel were killed" changes the claim: {@code compatible("casualties", "deaths")} is false,
 * while {@code generalizes("casualties", "deaths")} and {@code family("deaths")} tell that the two are
 * related. Troops/personnel/people are not categories but unit families (see {@link Units#family}).
 */
public final class Categories {
  private Categories() {}

  public static final String CASUALTIES = "casualties";
  public static final String DEATHS = "deaths";
  public static final String WOUNDED = "wounded";
  public static final String CAPTURED = "captured";
  public static final String MISSING = "missing";
  public static final String DISPLACED = "displaced";
  public static final String ARRESTS = "arrests";
  public static final String MONEY = "money";
  public static final String PERCENT = "percent";
  public static final String AREA = "area";
  public static final String VOTES = "votes";
  public static final String SEATS = "seats";
  public static final String CASES = "cases";
  public static final String JOBS = "jobs";
  public static final String AGE = "age";

  private static final Map<String, String> PARENT = Map.of(
      DEATHS, CASUALTIES, WOUNDED, CASUALTIES, CAPTURED, CASUALTIES, MISSING, CASUALTIES);

  private static final Set<String> ALL = Set.of(CASUALTIES, DEATHS, WOUNDED, CAPTURED, MISSING, DISPLACED,
      ARRESTS, MONEY, PERCENT, AREA, VOTES, SEATS, CASES, JOBS, AGE);

  private static final Map<String, String> CUES = new HashMap<>();
  private static final Set<String> JOB_UNITS = Lexicon.set("posts positions workers employees staff roles");

  private static void cues(String category, String words) {
    for (String w : Lexicon.set(words)) {
      CUES.put(w, category);
    }
  }

  static {
    cues(CASUALTIES, "casualties casualty losses loss lost lose loses losing toll");
    cues(DEATHS, """
        killed kill kills killing killings dead deaths death died die dies dying fatalities fatality
        lives slain perished""");
    cues(WOUNDED, "wounded wounding injured injuring injuries injury hurt wounds");
    cues(CAPTURED, "captured capture prisoners prisoner pows pow captives captive hostages hostage");
    cues(MISSING, "missing unaccounted disappeared");
    cues(DISPLACED, "displaced displacement refugees refugee fled flee fleeing evacuated evacuees homeless uprooted");
    cues(ARRESTS, "arrested arrest arrests detained detention detentions detainees jailed");
    cues(MONEY, """
        revenue revenues profit profits earnings income budget funding debt cost costs spending fine
        fined salary salaries wages investment investments deficit turnover price valued worth""");
    cues(VOTES, "votes vote voted ballots");
    cues(SEATS, "seats");
    cues(CASES, "cases infections infected");
    cues(JOBS, "jobs job layoffs redundancies");
  }

  /** A category cue found at tokens [from, to). */
  record Cue(String category, int from, int to) {}

  /** Every canonical category. */
  public static Set<String> all() {
    return ALL;
  }

  /**
   * The canonical category for a category name or a single cue word ("killed" → deaths, "losses" →
   * casualties, "refugees" → displaced, "deaths" → deaths), or null when the word names none.
   */
  public static String canonical(String word) {
    if (word == null) {
      return null;
    }
    String l = word.toLowerCase(java.util.Locale.ROOT).strip();
    if (ALL.contains(l)) {
      return l;
    }
    if (l.equals("death toll")) {
      return DEATHS;
    }
    return CUES.get(l);
  }

  /** The broadest category of c's family: "deaths" → "casualties"; "money" → "money"; null → null. */
  public static String family(String c) {
    if (c == null) {
      return null;
    }
    String p = PARENT.get(c);
    return p == null ? c : p;
  }

  /**
   * Whether two figures can state the same claim: equal categories, or at least one unknown (null).
   * "casualties" and "deaths" are not compatible: a copy that swaps them changed what is counted.
   */
  public static boolean compatible(String a, String b) {
    return a == null || b == null || a.equals(b);
  }

  /** True when {@code general} is a strictly broader category than {@code specific} ("casualties", "deaths"). */
  public static boolean generalizes(String general, String specific) {
    if (general == null || specific == null || general.equals(specific)) {
      return false;
    }
    for (String p = PARENT.get(specific); p != null; p = PARENT.get(p)) {
      if (p.equals(general)) {
        return true;
      }
    }
    return false;
  }

  /** True when a and b are both known and of the same family ("deaths", "wounded"). */
  public static boolean related(String a, String b) {
    return a != null && b != null && family(a).equals(family(b));
  }

  /**
   * The category cue at token i, reading the two-word cues "death toll", "taken prisoner", "laid off",
   * "tested positive" and "job losses/cuts" whole; null when token i is no cue.
   */
  static Cue cueAt(Words w, int i) {
    String l = w.low(i);
    // "killed or wounded", "dead and injured": both kinds together are casualties
    if (WOUNDED.equals(CUES.get(l)) && (w.is(i - 1, "or") || w.is(i - 1, "and")) && DEATHS.equals(CUES.get(w.low(i - 2)))) {
      return new Cue(CASUALTIES, i - 2, i + 1);
    }
    if (DEATHS.equals(CUES.get(l)) && (w.is(i + 1, "or") || w.is(i + 1, "and")) && WOUNDED.equals(CUES.get(w.low(i + 2)))) {
      return new Cue(CASUALTIES, i, i + 3);
    }
    switch (l) {
      case "toll" -> {
        return w.is(i - 1, "death") ? new Cue(DEATHS, i - 1, i + 1) : new Cue(CASUALTIES, i, i + 1);
      }
      case "death" -> {
        return w.is(i + 1, "toll") ? new Cue(DEATHS, i, i + 2) : new Cue(DEATHS, i, i + 1);
      }
      case "taken" -> {
        return w.is(i + 1, "prisoner") || w.is(i + 1, "prisoners") || w.is(i + 1, "captive")
            ? new Cue(CAPTURED, i, i + 2) : null;
      }
      case "laid" -> {
        return w.is(i + 1, "off") ? new Cue(JOBS, i, i + 2) : null;
      }
      case "tested" -> {
        return w.is(i + 1, "positive") ? new Cue(CASES, i, i + 2) : null;
      }
      case "prisoner", "prisoners" -> {
        return w.is(i - 1, "taken") ? new Cue(CAPTURED, i - 1, i + 1) : new Cue(CAPTURED, i, i + 1);
      }
      case "losses", "loss", "cuts" -> {
        if (w.is(i - 1, "job")) {
          return new Cue(JOBS, i - 1, i + 1);
        }
        return l.equals("cuts") ? null : new Cue(CASUALTIES, i, i + 1);
      }
      default -> {
        String c = CUES.get(l);
        return c == null ? null : new Cue(c, i, i + 1);
      }
    }
  }

  /**
   * Whether a cue of {@code category} can describe a figure counted in {@code unit}: a unit that has a
   * category of its own (money, percent, area) admits only that; "losses" count people only (a team
   * that lost 3 games has no casualties); money words need a currency or no unit; death, injury,
   * capture, arrest and case words need a noun that names people ("civilians", "players") or their
   * own noun ("deaths"); votes and jobs need their own nouns ("votes", "jobs", "workers" for jobs).
   */
  static boolean accepts(String category, String unit) {
    if (unit == null) {
      return !category.equals(AGE);
    }
    String own = Units.category(unit);
    if (own != null) {
      return own.equals(category);
    }
    if (Units.isMeasure(unit)) {
      return false;
    }
    return switch (category) {
      case CASUALTIES -> Units.isPerson(unit) || CUES.get(unit) != null && family(CUES.get(unit)).equals(CASUALTIES);
      case DEATHS, WOUNDED, CAPTURED, MISSING, DISPLACED, ARRESTS, CASES -> Units.isPersonLike(unit)
          || category.equals(CUES.get(unit)) || family(category).equals(family(CUES.getOrDefault(unit, "")));
      case VOTES -> category.equals(CUES.get(unit));
      case JOBS -> category.equals(CUES.get(unit)) || JOB_UNITS.contains(unit);
      case SEATS -> unit.equals("seats");
      default -> false;
    };
  }
}
