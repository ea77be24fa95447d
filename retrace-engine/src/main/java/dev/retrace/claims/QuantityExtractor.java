package dev.retrace.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds figures and decides what each one counts.
 *
 * <p>A figure is a number in digits or words, with an optional currency sign, scale ("billion"),
 * range ("between 10 and 12", "10-12"), qualifier ("more than", "at least", "about" ...) and unit
 * ("troops", "percent", "usd", "km2"). Tokens that the {@link TimeExtractor} used (day and year numbers
 * of dates, periods such as "two days") are never figures; nor are identifiers ("Apollo 11", "F-16",
 * "No. 10"), vague plurals ("dozens of", "1,000s"), "one" as a pronoun, or ordinals.
 *
 * <p>The category comes from cue words in the same clause, nearest first: (1) the unit itself (money,
 * percent, area); (2) the nouns right after the number ("2,030 personnel losses", "1,950 deaths");
 * (3) the predicate after them ("2,030 personnel were killed", "250,000 have been killed"); (4) the
 * words before the number back to the clause start, not reaching past another figure ("Russia lost
 * 1,950 troops", "casualty total this month to 42,250"). No cue, no category. Stateless and thread-safe.
 */
public final class QuantityExtractor {
  private static final int LEFT_WINDOW = 16;

  private record QualifierPhrase(String[] words, Qualifier qualifier) {}

  private static final List<QualifierPhrase> QUALIFIERS = new ArrayList<>();

  private static void q(Qualifier q, String... phrases) {
    for (String p : phrases) {
      QUALIFIERS.add(new QualifierPhrase(p.split(" "), q));
    }
  }

  static {
    q(Qualifier.MORE_THAN, "more than", "over", "above", "exceeding", "in excess of", "upwards of", "greater than",
        "just over", "well over", "slightly more than", "a little over", "well above", "just above", "topping");
    q(Qualifier.AT_LEAST, "at least", "no fewer than", "no less than", "a minimum of", "not less than",
        "not fewer than");
    q(Qualifier.ABOUT, "about", "around", "roughly", "some", "approximately", "approx.", "an estimated",
        "estimated", "circa", "an average of", "on average");
    q(Qualifier.NEARLY, "nearly", "almost", "close to", "just under", "just shy of", "nearing", "not quite",
        "just below", "just short of");
    q(Qualifier.LESS_THAN, "less than", "fewer than", "under", "below", "lower than");
    q(Qualifier.AT_MOST, "up to", "at most", "no more than", "a maximum of", "as many as", "not more than");
    QUALIFIERS.sort((a, b) -> b.words.length - a.words.length);
  }

  /** Words between a figure and its noun that are not the noun: "2,000 more troops". */
  private static final Set<String> PRE_NOUN = Lexicon.set("more additional extra new other further");
  /** Verbs that end a noun run after a figure ("1,500 people say ..."). */
  private static final Set<String> RUN_STOPS = Lexicon.set("""
      say says said told remain remains continue continues die dies face faces need needs live
      per apiece each alone total vs vs. versus""");
  /** Event nouns: when one heads the noun run, a person noun before it is the unit ("personnel losses"). */
  private static final Set<String> EVENT_NOUNS = Lexicon.set("""
      losses deaths casualties injuries fatalities arrests infections cases killings detentions
      evacuations deportations""");
  /** Words passed over between the noun run and a predicate cue: "were killed", "have been killed". */
  private static final Set<String> PREDICATE_GAP = Lexicon.set("""
      were was are is have has had been be being reportedly allegedly also already now all later
      remain remains remained still
      subsequently since either both later confirmed believed thought said feared""");
  private static final Set<String> LOSE_VERBS = Lexicon.set("lost lose loses losing");
  /** "Loss" words count casualties only of people: not "net loss 3,035,000", not "lost nine of 14 games". */
  private static final Set<String> LOSS_WORDS = Lexicon.set("lost lose loses losing loss losses");
  private static final Set<String> POSSESSIVES = Lexicon.set("their his her its our");
  private static final Set<String> CLOCK = Lexicon.set("a.m. p.m. am pm gmt utc bst cet et");
  private static final Set<String> NOT_A_ONE = Lexicon.set("no any every the which this that each someone");

  /** A figure with its tokens, before its category is decided. */
  private record Figure(double value, Double upper, int from, int numFrom, int numTo, int to, Qualifier qualifier,
      String unit, int unitTok, List<Integer> run, String category, String cue, boolean score) {}

  public List<Quantity> extract(Words w, boolean[] used) {
    int n = w.size();
    List<Figure> figures = new ArrayList<>();
    boolean[] figure = new boolean[n];
    int i = 0;
    while (i < n) {
      Figure f = used[i] ? null : read(w, i, used);
      if (f == null) {
        i++;
        continue;
      }
      figures.add(f);
      for (int k = f.numFrom; k < f.to; k++) {
        figure[k] = true; // the figure and its noun: "3,000 jobs" keeps its cue from later figures
      }
      i = f.to;
    }
    List<Quantity> out = new ArrayList<>(figures.size());
    for (Figure f : figures) {
      Figure c = f.category != null || f.score ? f : categorise(w, f, used, figure);
      out.add(new Quantity(c.value, c.upper, w.span(c.from, c.to), number(w, c), c.qualifier, c.unit, c.category,
          c.cue, w.start(c.from), w.end(c.to - 1)));
    }
    return out;
  }

  private static String number(Words w, Figure f) {
    int from = f.numFrom;
    if (Units.currencySign(w.low(from)) != null) {
      from++;
    }
    return w.span(from, f.numTo);
  }

  // ------------------------------------------------------------------ reading a figure

  /** What follows a number: its unit, the noun phrase read for it, and a category the unit itself gives. */
  private record UnitPhrase(String unit, int unitTok, int to, List<Integer> run, String category, String cue) {}

  private Figure read(Words w, int i, boolean[] used) {
    Numbers.Num share = Numbers.share(w, i);
    if (share != null) {
      return readShare(w, share, used);
    }
    String cur = Units.currencySign(w.low(i));
    Numbers.Num num = Numbers.at(w, cur != null ? i + 1 : i, cur != null);
    if (num == null || !isFigure(w, num, cur != null)) {
      return null;
    }
    if (anyUsed(used, num)) {
      return null;
    }
    // ranges: "between 10 and 12", "10-12", "10 to 12", "$10-12 billion"
    double value = num.value();
    Double upper = null;
    int numTo = num.to();
    boolean between = w.is(i - 1, "between");
    String link = w.low(num.to());
    if (between && link.equals("and") || !between && !w.is(i - 1, "from") && (link.equals("-") || link.equals("to"))) {
      int j = num.to() + 1;
      String cur2 = Units.currencySign(w.low(j));
      if (cur2 != null) {
        j++;
      }
      Numbers.Num hi = j < w.size() && !used[j] ? Numbers.at(w, j, cur != null || cur2 != null) : null;
      if (hi != null) {
        double lo = !num.scaled() && hi.scaled() && num.value() < hi.digits()
            ? num.value() * (hi.value() / hi.digits()) // "10-12 million"
            : value;
        if (hi.value() > lo) {
          value = lo;
          upper = hi.value();
          numTo = hi.to();
          cur = cur != null ? cur : cur2;
        }
      }
    }
    int from = upper != null && between ? i - 1 : i;
    Qualifier qualifier = upper != null ? Qualifier.RANGE : Qualifier.EXACT;
    QualifierPhrase qp = upper == null ? qualifierBefore(w, from) : null;
    if (qp != null) {
      qualifier = qp.qualifier;
      from -= qp.words.length;
    }
    UnitPhrase u = unitAfter(w, i, numTo, cur, used);
    int to = Math.max(u.to, numTo);
    // post-qualifiers: "2,000 or more", "some 500 or so", "2,000-plus", "500-odd"
    if (qualifier == Qualifier.EXACT) {
      int p = u.unit == null && u.run.isEmpty() ? numTo : to;
      if (w.seq(p, "or", "more") || w.seq(p, "or", "so")) {
        qualifier = w.is(p + 1, "more") ? Qualifier.AT_LEAST : Qualifier.ABOUT;
        to = p + 2;
      } else if (w.is(numTo, "plus") || w.dash(numTo) && (w.is(numTo + 1, "plus") || w.is(numTo + 1, "odd"))) {
        qualifier = w.is(numTo + 1, "odd") ? Qualifier.ABOUT : Qualifier.MORE_THAN;
        to = Math.max(to, w.is(numTo, "plus") ? numTo + 1 : numTo + 2);
      }
    }
    // "lost 2-1", "6-3 6-1": a score, whose figures count no casualties
    boolean score = upper == null && (w.dash(num.to()) && w.glued(num.to()) && w.number(num.to() + 1) != null
        || w.dash(i - 1) && w.glued(i) && w.number(i - 2) != null);
    return new Figure(value, upper, from, i, numTo, to, qualifier, u.unit, u.unitTok, u.run, u.category, u.cue, score);
  }

  /** True when a token of the number is already part of a date or period. */
  private static boolean anyUsed(boolean[] used, Numbers.Num num) {
    for (int k = num.from(); k < num.to(); k++) {
      if (used[k]) {
        return true;
      }
    }
    return false;
  }

  /** A share written as a fraction ("two-thirds of the seats"): a percentage, with the qualifier before it. */
  private static Figure readShare(Words w, Numbers.Num share, boolean[] used) {
    if (anyUsed(used, share)) {
      return null;
    }
    int from = share.from();
    Qualifier qualifier = Qualifier.EXACT;
    QualifierPhrase qp = qualifierBefore(w, from);
    if (qp != null) {
      qualifier = qp.qualifier;
      from -= qp.words.length;
    }
    return new Figure(share.value(), null, from, share.from(), share.to(), share.to(), qualifier, "percent", -1,
        List.of(), Categories.PERCENT, w.span(share.from(), share.to()).toLowerCase(Locale.ROOT), false);
  }

  /** The unit after a number ending at numTo: a currency or measure, an age, or the counted noun. */
  private static UnitPhrase unitAfter(Words w, int i, int numTo, String currency, boolean[] used) {
    Units.Match m = Units.measureAt(w, numTo);
    if (m != null && (currency == null || m.unit().equals(currency))) {
      String category = Units.category(m.unit());
      return new UnitPhrase(m.unit(), m.from(), m.to(), List.of(), category,
          category == null ? null : w.span(m.from(), m.to()).toLowerCase(Locale.ROOT));
    }
    if (currency != null) {
      return new UnitPhrase(currency, -1, numTo, List.of(), Categories.MONEY, w.low(i));
    }
    if (w.is(i - 1, "aged") || w.seq(i - 2, "age", "of")) {
      return new UnitPhrase("years", -1, numTo, List.of(), Categories.AGE, w.is(i - 1, "aged") ? "aged" : "age of");
    }
    if (age(w, numTo) > 0) {
      return new UnitPhrase("years", numTo + (w.dash(numTo) ? 1 : 0), age(w, numTo), List.of(), Categories.AGE, "old");
    }
    List<Integer> run = nounRun(w, numTo, used);
    if (run.isEmpty()) {
      return new UnitPhrase(null, -1, numTo, run, null, null);
    }
    int head = run.get(run.size() - 1);
    String h = w.low(head);
    Units.Match money = Units.measureAt(w, head);
    if (money != null && Units.isCurrency(money.unit())) { // "1.90 Canadian dollars"
      return new UnitPhrase(Units.dollarsOf(w.low(head - 1), money.unit()), head, head + 1, run, Categories.MONEY, h);
    }
    int unitTok = head;
    if (EVENT_NOUNS.contains(h)) {
      for (int k = run.size() - 2; k >= 0; k--) {
        if (Units.isPerson(w.low(run.get(k)))) {
          unitTok = run.get(k); // "2,030 personnel losses": personnel are counted
          break;
        }
      }
    } else if (run.size() == 1 && (h.endsWith("ed") || h.equals("dead") || h.equals("hurt") || h.equals("missing"))) {
      unitTok = -1; // "12 killed", "30 wounded": the participle is a cue, not a unit
    }
    return new UnitPhrase(unitTok < 0 ? null : w.low(unitTok), unitTok, head + 1, run, null, null);
  }

  /** End of "-year-old" / "years old" after a figure, else 0. */
  private static int age(Words w, int j) {
    int k = w.dash(j) ? j + 1 : j;
    if ((w.is(k, "year") || w.is(k, "years")) && (w.is(k + 1, "old") || w.dash(k + 1) && w.is(k + 2, "old"))) {
      return w.is(k + 1, "old") ? k + 2 : k + 3;
    }
    return 0;
  }

  /** Filters numbers that are not figures: identifiers, "No. 10", "one" as a pronoun, vague plurals. */
  private static boolean isFigure(Words w, Numbers.Num num, boolean currency) {
    int i = num.from();
    String prev = w.low(i - 1);
    if (w.is(num.to(), "s") && w.glued(num.to())) {
      return false; // "1,000s"
    }
    if (prev.equals("no.") || prev.equals("number") || prev.equals("#") || prev.equals("nos.")
        || w.is(i - 1, ".") && w.is(i - 2, "no")) {
      return false;
    }
    if (num.spelled()) {
      if (w.cap(i) && i > 0 && !AttributionExtractor.quoteMark(w, i - 1) && !w.clauseBreak(i - 1)) {
        return false; // "the Six Nations", "Formula One"
      }
      if (num.value() == 1 && !num.scaled()) {
        // "one" counts only before a noun: "one person", not "one of", "no one", "the one"
        String next = w.low(num.to());
        return !NOT_A_ONE.contains(prev) && w.word(num.to()) && !Lexicon.isFunctionWord(next)
            && !w.cap(num.to()) && !next.equals("another");
      }
      return true;
    }
    String t = w.low(i);
    if (!currency && Numbers.plainInteger(t)) {
      // identifiers: "Apollo 11", "Boeing 737", "F-16", "COVID-19"
      if (w.cap(i - 1) && w.word(i - 1) && !Lexicon.COMMON_STARTERS.contains(prev)
          && Lexicon.MONTHS.get(prev) == null && Lexicon.WEEKDAYS.get(prev) == null && !qualifierWord(prev)) {
        return false;
      }
      if (w.dash(i - 1) && w.glued(i) && w.glued(i - 1) && w.word(i - 2)) {
        return false;
      }
    }
    return !(w.is(num.to(), ":") && w.digit(num.to() + 1)) // 10:30
        && !CLOCK.contains(w.low(num.to()));
  }

  private static boolean qualifierWord(String low) {
    for (QualifierPhrase qp : QUALIFIERS) {
      if (qp.words[qp.words.length - 1].equals(low)) {
        return true;
      }
    }
    return false;
  }

  private static QualifierPhrase qualifierBefore(Words w, int from) {
    for (QualifierPhrase qp : QUALIFIERS) {
      if (w.seq(from - qp.words.length, qp.words)) {
        return qp;
      }
    }
    return null;
  }

  /**
   * The noun phrase that follows a figure, up to four words: "Russian personnel", "personnel losses",
   * "mobilized Ukrainians", "wounded soldiers". Ends at punctuation, function words, times, verbs after
   * the noun ("troops died", "people fleeing") and names that start a new phrase.
   */
  private static List<Integer> nounRun(Words w, int j, boolean[] used) {
    List<Integer> run = new ArrayList<>(4);
    int k = j;
    while (k < w.size() && run.size() < 4) {
      if (used[k]) {
        break;
      }
      String l = w.low(k);
      if (run.isEmpty() && PRE_NOUN.contains(l)) {
        k++;
        continue;
      }
      if (w.dash(k) && !run.isEmpty() && w.glued(k) && w.glued(k + 1) && w.word(k + 1)) {
        k++; // "North-Korean", "front-line"
        continue;
      }
      if (!w.word(k) || w.clitic(k) || Lexicon.isFunctionWord(l) || RUN_STOPS.contains(l) || Lexicon.ADVERBS.contains(l)
          || l.endsWith("ly") && l.length() > 4 && !w.cap(k)) {
        break;
      }
      if (!run.isEmpty()) {
        int last = run.get(run.size() - 1);
        // a verb after the noun ends it; so does a name, except a plural one ("mobilized Ukrainians")
        if (l.endsWith("ed") || l.endsWith("ing") || w.cap(k) && !w.cap(last) && !l.endsWith("s")) {
          break;
        }
        // after a counted noun only an event noun goes on: "personnel losses", not "voters agree"
        if (countedNoun(w.low(last)) && !EVENT_NOUNS.contains(l)) {
          break;
        }
      }
      run.add(k);
      k++;
    }
    // a capitalised non-plural word at the end is a name, not the counted noun ("sent 500 Tuesday")
    while (!run.isEmpty()) {
      int last = run.get(run.size() - 1);
      if (w.cap(last) && !w.low(last).endsWith("s")) {
        run.remove(run.size() - 1);
      } else {
        break;
      }
    }
    return run;
  }

  private static boolean countedNoun(String l) {
    return Units.isPerson(l) || EVENT_NOUNS.contains(l) || l.length() > 3 && l.endsWith("s") && !l.endsWith("ss");
  }

  // ------------------------------------------------------------------ category

  private Figure categorise(Words w, Figure f, boolean[] used, boolean[] figure) {
    // (2) the noun run, head first
    for (int r = f.run.size() - 1; r >= 0; r--) {
      Categories.Cue c = Categories.cueAt(w, f.run.get(r));
      if (c != null && LOSS_WORDS.contains(w.low(f.run.get(r))) && !Units.isPerson(f.unit)
          && Numbers.NAMED_SCALES.contains(w.low(f.numTo - 1))) {
        return with(f, Categories.MONEY, w.low(f.run.get(r))); // "a 1.16 billion loss"
      }
      if (c != null && acceptsCue(w, c.to() - 1, c.category(), f.unit)
          && !(w.is(c.from(), "lives") && saved(w, f.from))) {
        int cueFrom = f.unitTok >= 0 && f.unitTok < c.from() ? f.unitTok : c.from();
        return with(f, c.category(), w.span(cueFrom, c.to()));
      }
    }
    // (3) the predicate after the phrase
    int k = f.to;
    int gap = 0;
    while (k < w.size() && gap < 4 && (PREDICATE_GAP.contains(w.low(k)) || used[k]
        || w.low(k).endsWith("ly") && w.low(k).length() > 4)) {
      k++;
      gap++;
    }
    if (k < w.size() && !figure[k]) {
      Categories.Cue c = Categories.cueAt(w, k);
      if (c != null && LOSE_VERBS.contains(w.low(k)) && POSSESSIVES.contains(w.low(k + 1))) {
        // "2,000 workers lost their jobs", "300 soldiers lost their lives"
        String object = Categories.canonical(w.low(k + 2));
        String cat = w.is(k + 2, "lives") ? Categories.DEATHS : w.is(k + 2, "homes") ? Categories.DISPLACED
            : Categories.JOBS.equals(object) ? Categories.JOBS : null;
        return cat == null ? f : with(f, cat, w.span(k, k + 3));
      }
      if (c != null && acceptsCue(w, k, c.category(), f.unit)) {
        return with(f, c.category(), w.span(c.from(), c.to()));
      }
    }
    // (4) back to the start of the clause
    int words = 0;
    for (k = f.from - 1; k >= 0 && words < LEFT_WINDOW; k--) {
      if (w.clauseBreak(k) || figure[k] || Lexicon.CLAUSE_OPENERS.contains(w.low(k))) {
        break;
      }
      if (used[k] || !w.word(k)) {
        continue;
      }
      words++;
      Categories.Cue c = Categories.cueAt(w, k);
      if (c != null && !w.is(k, "lives") && acceptsCue(w, k, c.category(), f.unit)) {
        return with(f, c.category(), w.span(c.from(), c.to()));
      }
    }
    return f;
  }

  /** A cue accepted for a unit; loss words need people ("lost 1,950 troops", "personnel losses", "1,950 losses"), so "a 1.2 billion loss" is none. */
  private static boolean acceptsCue(Words w, int k, String category, String unit) {
    if (category.equals(Categories.CASUALTIES) && LOSS_WORDS.contains(w.low(k)) && !Units.isPerson(unit)
        && !"losses".equals(unit)) {
      return false;
    }
    return Categories.accepts(category, unit);
  }

  /** "could save six million lives": lives saved are no deaths. */
  private static boolean saved(Words w, int from) {
    String p = w.low(from - 1);
    return p.startsWith("sav") || p.equals("protect") || p.equals("protected");
  }

  private static Figure with(Figure f, String category, String cue) {
    return new Figure(f.value, f.upper, f.from, f.numFrom, f.numTo, f.to, f.qualifier, f.unit, f.unitTok, f.run,
        category, cue.toLowerCase(Locale.ROOT), f.score);
  }
}
