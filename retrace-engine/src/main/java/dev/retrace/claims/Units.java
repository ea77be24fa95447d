package dev.retrace.claims;

import java.util.Map;
import java.util.Set;

/**
 * Units of measure and counted nouns: currency signs and names ("$", "dollars" → "usd"), percent and
 * area ("%", "per cent" → "percent"; "sq km", "square kilometres" → "km2"), and the unit families used
 * to compare counted nouns: "troops", "soldiers", "personnel" are all {@value #MILITARY}; "people",
 * "civilians", "Ukrainians" are {@value #PEOPLE}.
 */
public final class Units {
  private Units() {}

  public static final String MILITARY = "military";
  public static final String PEOPLE = "people";

  /** A unit read from the tokens [from, to). */
  record Match(String unit, int from, int to) {}

  private static final Map<String, String> CURRENCY_SIGNS = Map.ofEntries(
      Map.entry("$", "usd"), Map.entry("us$", "usd"), Map.entry("£", "gbp"), Map.entry("€", "eur"),
      Map.entry("¥", "jpy"), Map.entry("₹", "inr"), Map.entry("₽", "rub"), Map.entry("₴", "uah"),
      Map.entry("a$", "aud"), Map.entry("c$", "cad"), Map.entry("hk$", "hkd"));

  private static final Map<String, String> CURRENCY_WORDS = Map.ofEntries(
      Map.entry("dollar", "usd"), Map.entry("dollars", "usd"), Map.entry("usd", "usd"),
      Map.entry("euro", "eur"), Map.entry("euros", "eur"), Map.entry("eur", "eur"),
      Map.entry("pound", "gbp"), Map.entry("pounds", "gbp"), Map.entry("sterling", "gbp"), Map.entry("gbp", "gbp"),
      Map.entry("yen", "jpy"), Map.entry("yuan", "cny"), Map.entry("renminbi", "cny"),
      Map.entry("rouble", "rub"), Map.entry("roubles", "rub"), Map.entry("ruble", "rub"), Map.entry("rubles", "rub"),
      Map.entry("hryvnia", "uah"), Map.entry("hryvnias", "uah"),
      Map.entry("rupee", "inr"), Map.entry("rupees", "inr"), Map.entry("francs", "chf"),
      Map.entry("cents", "cents"), Map.entry("cent", "cents"), Map.entry("pence", "pence"),
      Map.entry("dlrs", "usd"), Map.entry("dlr", "usd"), Map.entry("cts", "cents"), Map.entry("ct", "cents"),
      Map.entry("stg", "gbp"));

  private static final Set<String> CURRENCIES = Set.of("usd", "eur", "gbp", "jpy", "cny", "rub", "uah", "inr",
      "chf", "aud", "cad", "hkd", "cents", "pence");
  private static final Map<String, String> DOLLAR_COUNTRIES = Map.of("canadian", "cad", "australian", "aud",
      "singapore", "sgd", "taiwan", "twd", "kong", "hkd", "zealand", "nzd");

  private static final Map<String, String> MEASURES = Map.ofEntries(
      Map.entry("%", "percent"), Map.entry("percent", "percent"), Map.entry("pc", "percent"), Map.entry("pct", "percent"),
      Map.entry("km2", "km2"), Map.entry("km²", "km2"), Map.entry("km", "km"), Map.entry("kilometres", "km"),
      Map.entry("kilometers", "km"), Map.entry("kilometre", "km"), Map.entry("kilometer", "km"),
      Map.entry("miles", "mi"), Map.entry("mile", "mi"), Map.entry("mi", "mi"),
      Map.entry("hectares", "ha"), Map.entry("hectare", "ha"), Map.entry("ha", "ha"),
      Map.entry("acres", "acre"), Map.entry("acre", "acre"),
      Map.entry("m", "m"), Map.entry("metres", "m"), Map.entry("meters", "m"), Map.entry("metre", "m"), Map.entry("meter", "m"),
      Map.entry("kg", "kg"), Map.entry("kilograms", "kg"), Map.entry("kilos", "kg"),
      Map.entry("tonnes", "t"), Map.entry("tons", "t"), Map.entry("tonne", "t"), Map.entry("ton", "t"),
      Map.entry("barrels", "bbl"), Map.entry("litres", "l"), Map.entry("liters", "l"));

  private static final Set<String> AREA = Set.of("km2", "mi2", "ha", "acre");
  private static final Set<String> PERCENT = Set.of("percent", "pp");

  private static final Set<String> MILITARY_NOUNS = Lexicon.set("""
      troops troop soldiers soldier personnel servicemen servicewomen servicemembers serviceman
      fighters fighter militants militant combatants peacekeepers forces sailors marines airmen pilots
      recruits conscripts reservists mercenaries paratroopers infantrymen guardsmen commandos
      insurgents rebels militiamen""");

  private static final Set<String> PEOPLE_NOUNS = Lexicon.set("""
      people persons person individuals civilians civilian residents citizens inhabitants children
      kids women men adults babies infants migrants refugees prisoners detainees hostages captives
      workers employees staff patients students passengers protesters demonstrators journalists
      doctors nurses teachers voters members victims survivors officers police policemen officials
      man woman child boy girl baby others volunteers guards pows evacuees families villagers
      settlers pilgrims fans tourists visitors israelis britons afghans iraqis pakistanis saudis
      yemenis somalis kuwaitis qataris thais swiss french germans poles turks kurds serbs croats
      czechs danes finns swedes scots jews arabs muslims christians""");

  /** Currency code for a sign token ("$", "£", "US$"), else null. */
  static String currencySign(String low) {
    return CURRENCY_SIGNS.get(low);
  }

  /** A currency or measure unit starting at token j ("dollars", "%", "per cent", "sq km"), else null. */
  static Match measureAt(Words w, int j) {
    String l = w.low(j);
    if (l.isEmpty()) {
      return null;
    }
    if (l.equals("per") && w.is(j + 1, "cent")) {
      return new Match("percent", j, j + 2);
    }
    if (l.equals("percentage") && (w.is(j + 1, "points") || w.is(j + 1, "point"))) {
      return new Match("pp", j, j + 2);
    }
    if (l.equals("sq") || l.equals("sq.") || l.equals("square")) {
      int k = w.is(j + 1, ".") ? j + 2 : j + 1;
      String u = MEASURES.get(w.low(k));
      if ("km".equals(u)) {
        return new Match("km2", j, k + 1);
      }
      if ("mi".equals(u)) {
        return new Match("mi2", j, k + 1);
      }
      if ("m".equals(u)) {
        return new Match("m2", j, k + 1);
      }
      return l.equals("square") ? null : new Match("km2", j, j + 1); // "100 sq." cut by the splitter
    }
    String c = CURRENCY_WORDS.get(l);
    if (c != null) {
      return new Match(c, j, j + 1);
    }
    // "US dollars", "U.S. dollars"
    if ((l.equals("us") || l.equals("u.s.")) && "usd".equals(CURRENCY_WORDS.get(w.low(j + 1)))) {
      return new Match("usd", j, j + 2);
    }
    String m = MEASURES.get(l);
    return m == null ? null : new Match(m, j, j + 1);
  }

  /** "Canadian dollars" → "cad": the currency of dollars named by the word before them. */
  static String dollarsOf(String before, String currency) {
    return "usd".equals(currency) ? DOLLAR_COUNTRIES.getOrDefault(before, currency) : currency;
  }

  /** A counted noun that can name people: a known person noun or an agent plural ("players", "detainees"). */
  static boolean isPersonLike(String unit) {
    return isPerson(unit) || unit.length() > 4 && (unit.endsWith("ers") || unit.endsWith("ors")
        || unit.endsWith("ists") || unit.endsWith("ants") || unit.endsWith("ents") || unit.endsWith("ees"));
  }

  public static boolean isCurrency(String unit) {
    return unit != null && CURRENCIES.contains(unit);
  }

  /** Known unit of measure (currency, percent, length, area, mass ...), as opposed to a counted noun. */
  public static boolean isMeasure(String unit) {
    return unit != null && (isCurrency(unit) || PERCENT.contains(unit) || AREA.contains(unit) || unit.equals("m2")
        || MEASURES.containsValue(unit));
  }

  /** A counted noun that counts people: "troops", "civilians", "Ukrainians" (lower case). */
  public static boolean isPerson(String unit) {
    if (unit == null) {
      return false;
    }
    return MILITARY_NOUNS.contains(unit) || PEOPLE_NOUNS.contains(unit) || demonym(unit);
  }

  private static boolean demonym(String u) {
    return u.length() > 5 && (u.endsWith("ians") || u.endsWith("eans") || u.endsWith("icans") || u.endsWith("ese"));
  }

  /**
   * The family a unit belongs to for comparison: {@value #MILITARY} (troops, soldiers, personnel,
   * peacekeepers ...), {@value #PEOPLE} (people, civilians, Ukrainians ...), "money" (any currency),
   * "percent", "area"; any other unit is its own family. Null for null.
   */
  public static String family(String unit) {
    if (unit == null) {
      return null;
    }
    if (MILITARY_NOUNS.contains(unit)) {
      return MILITARY;
    }
    if (isPerson(unit)) {
      return PEOPLE;
    }
    if (isCurrency(unit)) {
      return "money";
    }
    if (PERCENT.contains(unit)) {
      return "percent";
    }
    if (AREA.contains(unit) || unit.equals("m2")) {
      return "area";
    }
    return unit;
  }

  /** The category a unit implies by itself ("usd" → money, "percent" → percent, "km2" → area), else null. */
  static String category(String unit) {
    if (unit == null) {
      return null;
    }
    if (isCurrency(unit)) {
      return Categories.MONEY;
    }
    if (PERCENT.contains(unit)) {
      return Categories.PERCENT;
    }
    if (AREA.contains(unit) || unit.equals("m2")) {
      return Categories.AREA;
    }
    return null;
  }
}
