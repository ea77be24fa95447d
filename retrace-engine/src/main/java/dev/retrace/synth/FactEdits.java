package dev.retrace.synth;

import dev.retrace.changes.ChangeKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fact edits with their ground truth. Each edit picks, in random order, a sentence where it applies, changes it
 * in place and returns what it did; an edit that applies nowhere in the article returns null.
 */
final class FactEdits {
  /** The edit kinds, by the engine's change kind names, in the order {@link Synthesizer} cycles through them. */
  static final List<ChangeKind> KINDS = List.of(ChangeKind.NUMBER_CHANGED, ChangeKind.CATEGORY_CHANGED,
      ChangeKind.ATTRIBUTION_DROPPED, ChangeKind.HEDGE_DROPPED, ChangeKind.QUOTE_ALTERED,
      ChangeKind.NEGATION_CHANGED, ChangeKind.ADDED_UNSUPPORTED);

  /** What a figure counts, and something else it could count instead. */
  static final Map<String, String> CATEGORY = Map.ofEntries(
      Map.entry("wounded", "killed"), Map.entry("injured", "dead"), Map.entry("injuries", "deaths"),
      Map.entry("killed", "injured"), Map.entry("dead", "injured"), Map.entry("deaths", "injuries"),
      Map.entry("died", "were injured"), Map.entry("arrested", "charged"), Map.entry("arrests", "convictions"),
      Map.entry("charged", "convicted"), Map.entry("detained", "charged"), Map.entry("profit", "revenue"),
      Map.entry("profits", "revenues"), Map.entry("revenue", "profit"), Map.entry("revenues", "profits"),
      Map.entry("sales", "profits"), Map.entry("jobs", "shops"), Map.entry("staff", "customers"),
      Map.entry("workers", "customers"), Map.entry("employees", "customers"), Map.entry("customers", "employees"),
      Map.entry("subscribers", "employees"), Map.entry("users", "employees"), Map.entry("votes", "seats"),
      Map.entry("seats", "votes"), Map.entry("goals", "points"), Map.entry("points", "goals"),
      Map.entry("wins", "defeats"), Map.entry("shares", "bonds"), Map.entry("homes", "schools"),
      Map.entry("copies", "downloads"), Map.entry("downloads", "copies"), Map.entry("viewers", "subscribers"),
      Map.entry("visitors", "residents"), Map.entry("students", "teachers"), Map.entry("teachers", "students"),
      Map.entry("patients", "doctors"), Map.entry("doctors", "patients"), Map.entry("troops", "civilians"),
      Map.entry("soldiers", "civilians"), Map.entry("civilians", "soldiers"), Map.entry("cases", "deaths"),
      Map.entry("debt", "profit"), Map.entry("losses", "profits"), Map.entry("loss", "profit"),
      Map.entry("tax", "spending"), Map.entry("exports", "imports"), Map.entry("imports", "exports"),
      Map.entry("countries", "cities"), Map.entry("cities", "countries"), Map.entry("films", "albums"),
      Map.entry("albums", "singles"), Map.entry("singles", "albums"), Map.entry("flights", "passengers"),
      Map.entry("passengers", "flights"), Map.entry("households", "businesses"), Map.entry("firms", "banks"),
      Map.entry("companies", "banks"), Map.entry("banks", "companies"), Map.entry("stores", "factories"),
      Map.entry("shops", "factories"), Map.entry("factories", "stores"), Map.entry("members", "staff"),
      Map.entry("matches", "titles"), Map.entry("titles", "matches"), Map.entry("games", "wins"),
      Map.entry("tries", "goals"), Map.entry("medals", "titles"), Map.entry("victims", "survivors"),
      Map.entry("children", "adults"), Map.entry("adults", "children"), Map.entry("women", "men"),
      Map.entry("men", "women"), Map.entry("pupils", "teachers"), Map.entry("consumers", "businesses"),
      Map.entry("investors", "employees"), Map.entry("nominations", "awards"), Map.entry("awards", "nominations"),
      Map.entry("defeats", "wins"), Map.entry("caps", "goals"), Map.entry("runs", "wickets"),
      Map.entry("wickets", "runs"), Map.entry("orders", "deliveries"), Map.entry("deliveries", "orders"),
      Map.entry("computers", "phones"), Map.entry("phones", "computers"), Map.entry("cars", "trucks"),
      Map.entry("tickets", "fans"), Map.entry("fans", "tickets"), Map.entry("websites", "users"));

  /** Removable caveats: pattern, replacement. */
  private static final String[][] HEDGES = {
      {"\\b(?:reportedly|allegedly|apparently|possibly|probably|supposedly) ", ""},
      {", (?:reportedly|allegedly|apparently),", ""},
      {"\\bcould (?!not\\b|have\\b|be\\b|could\\b)", "will "},
      {"\\bmay (?!not\\b|have\\b|be\\b|may\\b)", "will "},
      {"\\bmight (?!not\\b|have\\b|be\\b|might\\b)", "will "},
      {"\\bcould be\\b", "will be"}, {"\\bmay be\\b", "will be"}, {"\\bmight be\\b", "will be"},
      {"\\b(?:is|are) (?:expected|likely) to\\b", "will"},
      {"\\b(?:was|were) (?:expected|likely|thought) to\\b", "would"},
      {"\\b(?:appears|seems) to be\\b", "is"}, {"\\b(?:appeared|seemed) to be\\b", "was"},
      {",? if (?:the [a-z]+ (?:are|is) |they are |it is )?(?:accurate|true|correct|confirmed)\\b,?", ""},
      {"\\bIt is (?:thought|believed|understood) that ", ""}};

  private static final Pattern ATTRIBUTION_TAIL = Pattern.compile("^([^\"]{15,400}?),? (?:(?:[A-Z][\\w.'-]*|the|a|an|his|her|its|their|he|she|they|it)(?: [\\w.'-]+){0,6}?) (?:said|says|added|claimed|believes|believe|told [\\w ]{2,30}?)\\.$");
  private static final Pattern ATTRIBUTION_HEAD = Pattern.compile("^(?:[A-Z][\\w.'-]*(?: [\\w.'-]+){0,6}?) (?:(?:said|says|claimed|believes) (?:that )?|told [\\w ]{2,30}? that )([^\"]{15,400})$");
  private static final Pattern ACCORDING_LAST = Pattern.compile("^([^\"]{15,400}?),? according to [^,\"]{3,80}\\.$");
  private static final Pattern ACCORDING_FIRST = Pattern.compile("^According to [^,\"]{3,80}, ([^\"]{15,400})$");
  private static final Pattern BEFORE_FIGURE = Pattern.compile("\\b([A-Za-z][a-z]+) (?:of |to |at |by |totalling |totaled |totalled |rose |fell |jumped |dropped |were |was |reached |hit )(?:about |around |nearly |almost |more than |over |some )?$");
  private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
  private static final Pattern DATE_AROUND = Pattern.compile(MONTH + " $");
  private static final Pattern DATE_AFTER = Pattern.compile("(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\b");
  /** A capitalised word (not the first of the sentence) right before a figure: the figure is part of a name. */
  private static final Pattern NAME_BEFORE = Pattern.compile("\\S\\s+[A-Z][\\w-]*\\s+$");
  private static final Pattern ORDINAL_AFTER = Pattern.compile("(?:st|nd|rd|th)\\b");
  private static final Pattern SCORE_AROUND = Pattern.compile("\\d[-/:]\\d");
  /** A clock time: "at 1030 GMT", "7.30pm". */
  private static final Pattern CLOCK_AFTER = Pattern.compile("\\s*(?:GMT|BST|CET|EST|[ap]\\.?m\\b|hrs\\b)");
  /**
   * A quotation: any text between an opening and its closing mark, matched pairwise so that the gap between two
   * short quotations ("livid" about ... "tries") is never taken for one.
   */
  private static final Pattern QUOTE = Pattern.compile("\"([^\"]*)\"");
  private static final Pattern AUXILIARY = Pattern.compile("\\b(is|are|was|were|will|would|can|could|should|has|have|had|did|does|do) (?!not\\b|n't\\b|no\\b|never\\b|to\\b|been\\b)(?=[a-z])");
  private static final Pattern NEGATED = Pattern.compile("\\b(is|are|was|were|will|would|can|could|should|has|have|had|did|does|do) not ");
  /** Commentary a rewriter adds: opinion and speculation that no source supports. */
  static final List<String> COMMENTARY = List.of(
      "Critics say the decision raises serious questions about who will pay for it in the end.",
      "Observers believe the episode could mark a turning point for everyone involved.",
      "Many readers will see this as a sign of deeper problems that have been ignored for years.",
      "Experts warn that the real impact will not be known for months, if not years.",
      "The move is widely seen as a gamble that may backfire badly.",
      "Insiders say the figures hide a far more worrying picture.",
      "Some analysts have already described it as one of the biggest shocks of the decade.",
      "Whatever happens next, the consequences are likely to be felt well beyond this year.");

  private final Synonyms synonyms;

  FactEdits(Synonyms synonyms) {
    this.synonyms = synonyms;
  }

  /**
   * Applies an edit of this kind to the article.
   *
   * @param donor a sentence from an article of another category, for {@code added_unsupported}; may be null
   * @return the edit, or null when the article has no place for it
   */
  Edit apply(ChangeKind kind, Article a, Random random, String donor) {
    return switch (kind) {
      case NUMBER_CHANGED -> inSomeSentence(a, random, s -> number(s, random));
      case CATEGORY_CHANGED -> inSomeSentence(a, random, FactEdits::category);
      case ATTRIBUTION_DROPPED -> inSomeSentence(a, random, FactEdits::attribution);
      case HEDGE_DROPPED -> inSomeSentence(a, random, FactEdits::hedge);
      case QUOTE_ALTERED -> inSomeSentence(a, random, s -> quote(s, random));
      case NEGATION_CHANGED -> inSomeSentence(a, random, FactEdits::negation);
      case ADDED_UNSUPPORTED -> added(a, random, donor);
      default -> throw new IllegalArgumentException("no edit for " + kind);
    };
  }

  /** An edit of one sentence: the new sentence and the edit record. */
  record Done(String sentence, Edit edit) {}

  private static Edit inSomeSentence(Article a, Random random, Function<String, Done> edit) {
    List<int[]> positions = new ArrayList<>(a.positions());
    Collections.shuffle(positions, random);
    for (int[] at : positions) {
      if (a.startsInQuote(at) || Derivations.BOILERPLATE.contains(a.get(at))) {
        continue; // a quotation that began earlier (someone's words), or page furniture a near copy added
      }
      Done d = edit.apply(a.get(at));
      if (d != null) {
        a.set(at, d.sentence());
        return d.edit();
      }
    }
    return null;
  }

  /** A figure (not a year, not inside a quotation) gets another value in the same format. */
  static Done number(String s, Random random) {
    Matcher m = Words.FIGURE.matcher(s);
    List<int[]> spans = new ArrayList<>();
    while (m.find()) {
      String digits = m.group(2);
      if (m.group(3) == null && m.group(4) == null && m.group(1).isEmpty() && Words.isYear(digits)) {
        continue;
      }
      if (Words.insideQuote(s, m.start()) || DATE_AROUND.matcher(s.substring(Math.max(0, m.start() - 10), m.start())).find()
          || DATE_AFTER.matcher(s.substring(m.end())).lookingAt()) {
        continue; // a day of the month is a date, not a figure: changing it would be time_changed
      }
      if (NAME_BEFORE.matcher(s.substring(0, m.start())).find() || ORDINAL_AFTER.matcher(s.substring(m.end())).lookingAt()
          || SCORE_AROUND.matcher(s.substring(Math.max(0, m.start() - 2), Math.min(s.length(), m.end() + 2))).find()
          || CLOCK_AFTER.matcher(s.substring(m.end())).lookingAt()) {
        // part of a name ("Xbox 2"), a rank ("13th"), a score, range or odds ("4-2", "7/4"), a clock time
        // ("1030 GMT"): not an amount of something
        continue;
      }
      spans.add(new int[] {m.start(), m.end()});
    }
    if (spans.isEmpty()) {
      return null;
    }
    int[] span = spans.get(random.nextInt(spans.size()));
    String figure = s.substring(span[0], span[1]);
    Matcher f = Words.FIGURE.matcher(figure);
    if (!f.matches()) {
      return null;
    }
    String changed = f.group(1) + otherValue(f.group(2), f.group(3), random) + (f.group(4) == null ? "" : f.group(4));
    String sentence = s.substring(0, span[0]) + changed + s.substring(span[1]);
    return new Done(sentence, new Edit(ChangeKind.NUMBER_CHANGED.json(), figure, changed, sentence));
  }

  /** A clearly different value (20–60% up or down), with the same thousands separators and decimals. */
  static String otherValue(String digits, String decimals, Random random) {
    boolean commas = digits.contains(",");
    long whole = Long.parseLong(digits.replace(",", ""));
    int places = decimals == null ? 0 : decimals.length() - 1;
    double value = whole + (decimals == null ? 0 : Double.parseDouble("0" + decimals));
    double factor = 1 + (0.2 + 0.4 * random.nextDouble()) * (random.nextBoolean() || value < 2 ? 1 : -1);
    double next = value * factor;
    if (places == 0) {
      long n = Math.round(next);
      if (n == whole) {
        n = whole + 1 + random.nextInt(3);
      }
      if (whole >= 100 && whole % 10 == 0) {
        long unit = whole % 1000 == 0 ? 1000 : whole % 100 == 0 ? 100 : 10;
        n = Math.max(unit, Math.round((double) n / unit) * unit);
        if (n == whole) {
          n = whole + unit;
        }
      }
      return commas ? String.format(Locale.ROOT, "%,d", n) : Long.toString(n);
    }
    String out = String.format(Locale.ROOT, "%." + places + "f", next);
    if (out.equals(String.format(Locale.ROOT, "%." + places + "f", value))) {
      out = String.format(Locale.ROOT, "%." + places + "f", value + Math.pow(10, -places) * (1 + random.nextInt(3)));
    }
    if (commas) {
      String[] parts = out.split("\\.");
      out = String.format(Locale.ROOT, "%,d", Long.parseLong(parts[0])) + "." + parts[1];
    }
    return out;
  }

  /** The word naming what a figure counts (within three words after it) is replaced by another category. */
  static Done category(String s) {
    Matcher m = Words.FIGURE.matcher(s);
    while (m.find()) {
      if (Words.insideQuote(s, m.start())) {
        continue;
      }
      String after = s.substring(m.end());
      Matcher w = Pattern.compile("^((?:\\s+[a-z-]+){0,2}?\\s+(?:people |were |have been |had been |are )?)([a-z]+)\\b").matcher(after);
      if (w.find() && CATEGORY.containsKey(w.group(2))) {
        String from = w.group(2);
        String to = CATEGORY.get(from);
        int at = m.end() + w.start(2);
        String sentence = s.substring(0, at) + to + s.substring(at + from.length());
        return new Done(sentence, new Edit(ChangeKind.CATEGORY_CHANGED.json(), from, to, sentence));
      }
      // "sales of $11.1bn", "profits rose 8% to ...": the counted word just before the figure
      Matcher b = BEFORE_FIGURE.matcher(s.substring(0, m.start()));
      if (b.find() && CATEGORY.containsKey(b.group(1).toLowerCase(Locale.ROOT))) {
        String from = b.group(1);
        String to = CATEGORY.get(from.toLowerCase(Locale.ROOT));
        to = Character.isUpperCase(from.charAt(0)) ? Words.capitalize(to) : to;
        String sentence = s.substring(0, b.start(1)) + to + s.substring(b.end(1));
        return new Done(sentence, new Edit(ChangeKind.CATEGORY_CHANGED.json(), from, to, sentence));
      }
    }
    return null;
  }

  /** "S, X said." / "X said S." / "according to X" → S stated as fact (sentences outside quotations). */
  static Done attribution(String s) {
    if (Words.hasQuote(s)) {
      return null;
    }
    for (Pattern p : List.of(ATTRIBUTION_TAIL, ACCORDING_LAST)) {
      Matcher m = p.matcher(s);
      if (m.matches()) {
        String claim = m.group(1);
        if (claim.matches("(?s).*\\b(said|says)\\b.*")) {
          continue;
        }
        String sentence = Words.finish(claim);
        return new Done(sentence, new Edit(ChangeKind.ATTRIBUTION_DROPPED.json(), s.substring(claim.length()).replaceFirst("^,?\\s*", "").replaceAll("\\.$", ""), null, sentence));
      }
    }
    for (Pattern p : List.of(ATTRIBUTION_HEAD, ACCORDING_FIRST)) {
      Matcher m = p.matcher(s);
      if (m.matches()) {
        String claim = m.group(1);
        if (claim.matches("(?s).*\\b(said|says)\\b.*") || claim.split(" ").length < 4 || claim.startsWith("to ")
            || s.substring(0, s.length() - claim.length()).matches("(?s).*\\b(is|are|was|were|be|been)\\s+said.*")) {
          continue;
        }
        String sentence = Words.finish(Words.capitalize(claim));
        String from = s.substring(0, s.length() - claim.length()).strip().replaceAll(",$", "");
        return new Done(sentence, new Edit(ChangeKind.ATTRIBUTION_DROPPED.json(), from, null, sentence));
      }
    }
    return null;
  }

  static Done hedge(String s) {
    for (String[] h : HEDGES) {
      Matcher m = Pattern.compile(h[0]).matcher(s);
      if (m.find() && !Words.insideQuote(s, m.start())) {
        String sentence = s.substring(0, m.start()) + h[1] + s.substring(m.end());
        if (m.start() == 0) {
          sentence = Words.capitalize(sentence);
        }
        String to = h[1].isBlank() ? null : h[1].strip();
        return new Done(sentence, new Edit(ChangeKind.HEDGE_DROPPED.json(), m.group().strip().replaceAll("^,|,$", "").strip(), to, sentence));
      }
    }
    return null;
  }

  /** One or two content words inside a quotation of at least four words are reworded. */
  Done quote(String s, Random random) {
    Matcher m = QUOTE.matcher(s);
    while (m.find()) {
      String q = m.group(1);
      if (q.length() < 12 || q.length() > 400 || Words.wordCount(q) < 4) {
        continue;
      }
      List<int[]> words = new ArrayList<>();
      Matcher w = Words.WORD.matcher(q);
      while (w.find()) {
        String word = w.group();
        if (word.length() >= 4 && word.chars().allMatch(Character::isLowerCase) && !Words.STOP.contains(word)) {
          words.add(new int[] {w.start(), w.end()});
        }
      }
      Collections.shuffle(words, random);
      List<int[]> chosen = new ArrayList<>();
      List<String> reps = new ArrayList<>();
      for (int[] span : words) {
        String word = q.substring(span[0], span[1]);
        String rep = synonyms.of(word).orElse(REWORD.get(word));
        if (rep != null && !rep.equals(word)) {
          chosen.add(new int[] {span[0], span[1], reps.size()});
          reps.add(rep);
          if (chosen.size() == 2) {
            break;
          }
        }
      }
      if (chosen.isEmpty()) {
        continue;
      }
      chosen.sort((x, y) -> Integer.compare(y[0], x[0]));
      String altered = q;
      for (int[] c : chosen) {
        altered = altered.substring(0, c[0]) + reps.get(c[2]) + altered.substring(c[1]);
      }
      String sentence = s.substring(0, m.start(1)) + altered + s.substring(m.end(1));
      return new Done(sentence, new Edit(ChangeKind.QUOTE_ALTERED.json(), q, altered, sentence));
    }
    return null;
  }

  private static final Map<String, String> REWORD = Map.ofEntries(Map.entry("very", "really"),
      Map.entry("good", "great"), Map.entry("great", "good"), Map.entry("important", "vital"),
      Map.entry("happy", "pleased"), Map.entry("pleased", "happy"), Map.entry("difficult", "hard"),
      Map.entry("think", "believe"), Map.entry("believe", "think"), Map.entry("want", "wish"),
      Map.entry("need", "must"), Map.entry("going", "about"), Map.entry("will", "shall"),
      Map.entry("people", "folks"), Map.entry("country", "nation"), Map.entry("game", "match"),
      Map.entry("strong", "solid"), Map.entry("result", "outcome"), Map.entry("really", "truly"));

  /** A "not" inserted after the first auxiliary, or an existing "not" removed (outside quotations). */
  static Done negation(String s) {
    Matcher m = NEGATED.matcher(s);
    if (m.find() && !Words.insideQuote(s, m.start())) {
      String sentence = s.substring(0, m.start()) + m.group(1) + " " + s.substring(m.end());
      return new Done(sentence, new Edit(ChangeKind.NEGATION_CHANGED.json(), m.group().strip(), m.group(1), sentence));
    }
    m = AUXILIARY.matcher(s);
    while (m.find()) {
      if (Words.insideQuote(s, m.start())) {
        continue;
      }
      String sentence = s.substring(0, m.end(1)) + " not" + s.substring(m.end(1));
      return new Done(sentence, new Edit(ChangeKind.NEGATION_CHANGED.json(), m.group(1), m.group(1) + " not", sentence));
    }
    return null;
  }

  /** A sentence from an article of another category (or, without one, a line of commentary), after the lead. */
  static Edit added(Article a, Random random, String donor) {
    String sentence = donor != null && random.nextDouble() < 0.6 ? donor : COMMENTARY.get(random.nextInt(COMMENTARY.size()));
    // never into the boilerplate line a near copy added: readers (and the engine) skip that line whole
    List<Integer> story = new ArrayList<>();
    for (int k = 1; k < a.paragraphs.size(); k++) {
      if (a.paragraphs.get(k).stream().noneMatch(Derivations.BOILERPLATE::contains)) {
        story.add(k);
      }
    }
    int p = story.isEmpty() ? 0 : story.get(random.nextInt(story.size()));
    List<String> para = a.paragraphs.get(p);
    int at = p == 0 ? para.size() : random.nextInt(para.size() + 1);
    para.add(at, sentence);
    return new Edit(ChangeKind.ADDED_UNSUPPORTED.json(), null, sentence, sentence);
  }
}
