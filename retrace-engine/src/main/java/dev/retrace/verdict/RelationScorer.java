package dev.retrace.verdict;

import dev.retrace.alignment.Alignment;
import dev.retrace.alignment.AlignmentKind;
import dev.retrace.changes.Change;
import dev.retrace.changes.ChangeKind;
import dev.retrace.changes.Preserved;
import dev.retrace.changes.Severity;
import dev.retrace.compare.ArticleAnalysis;
import dev.retrace.embeddings.SentenceEmbedder;
import dev.retrace.report.Evidence;
import dev.retrace.text.SearchText;
import dev.retrace.text.Sentence;
import dev.retrace.text.Token;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Decides duplicate / derived / related / unrelated from the alignment.
 *
 * <p>The central measure is similarity-weighted coverage: the share of an article's words that sit in
 * aligned groups, each weighted by how strongly it is aligned. Derivation means one article is largely
 * contained in the other, so the larger of the two coverages drives the score (an abridged copy covers
 * little of its source but is almost entirely covered by it). The score is a logistic of that coverage,
 * centred where a copy has about half its content traceable to the other article.
 */
public final class RelationScorer {
  /** Coverage at which derived and not derived are equally likely. */
  static final double MIDPOINT = 0.42;
  /** Steepness of the logistic. */
  static final double SLOPE = 12;
  /** Coverage (both sides, by verbatim or near-verbatim groups) above which the pair is a duplicate. */
  static final double DUPLICATE_COVERAGE = 0.9;
  /** Topic closeness (cosine of mean sentence embeddings) above which unaligned articles are related. */
  static final double RELATED_DOCUMENT_SIMILARITY = 0.55;
  /**
   * A derived pair must share at least this share of the figures of the article with fewer figures, once both
   * have {@link #MIN_FIGURES_TO_COMPARE}: copies, paraphrases and abridged versions keep most figures; wire
   * templates (earnings "Shr 8 cts vs 6 cts, Net 22 mln vs 18 mln", price tables, weekly balances) keep the
   * words and change nearly every figure.
   */
  static final double MIN_SHARED_FIGURES = 0.3;
  static final int MIN_FIGURES_TO_COMPARE = 3;
  /** Share of aligned words in verbatim or near-verbatim groups, on both sides, from which the wording is the same. */
  static final double SAME_WORDING = 0.5;
  /**
   * Figures and specific dates per aligned source sentence from which a text is a form for figures (a wire
   * template: "Qtly div 8 cts vs 7.5 cts prior / Pay March 31 / Record March 15"; a daily money-market note)
   * rather than a narrative. Only such texts report another event when their figures all change; a narrative
   * rewritten with its few figures and dates changed is a copy that changed facts.
   */
  static final double TEMPLATE_FACTS_PER_SENTENCE = 1.0;
  /** Changes of what identifies an event: its figures, its dates, who did it and where. */
  static final Set<ChangeKind> EVENT_FACTS = EnumSet.of(ChangeKind.NUMBER_CHANGED, ChangeKind.TIME_CHANGED,
      ChangeKind.ENTITY_CHANGED, ChangeKind.PLACE_CHANGED);
  /** Changed event facts (and more than kept) that make a same-worded pair two different events. */
  static final int MIN_CHANGED_FACTS_FOR_NEW_EVENT = 2;

  public Scored score(ArticleAnalysis a, ArticleAnalysis b, List<Alignment> alignments, double bestSimilarity,
      List<String> sharedFacts) {
    double wordsA = totalWords(a);
    double wordsB = totalWords(b);
    double coveredA = 0;
    double coveredB = 0;
    double weightedA = 0;
    double weightedB = 0;
    double closeA = 0;
    double closeB = 0;
    double simSum = 0;
    for (Alignment g : alignments) {
      double wa = g.a().stream().mapToInt(a::words).sum();
      double wb = g.b().stream().mapToInt(b::words).sum();
      coveredA += wa;
      coveredB += wb;
      weightedA += wa * g.similarity();
      weightedB += wb * g.similarity();
      simSum += g.similarity();
      if (g.kind() != AlignmentKind.PARAPHRASE) {
        closeA += wa;
        closeB += wb;
      }
    }
    double covA = wordsA == 0 ? 0 : coveredA / wordsA;
    double covB = wordsB == 0 ? 0 : coveredB / wordsB;
    double wCov = Math.max(wordsA == 0 ? 0 : weightedA / wordsA, wordsB == 0 ? 0 : weightedB / wordsB);
    double docSim = documentSimilarity(a, b);
    double meanSim = alignments.isEmpty() ? 0 : simSum / alignments.size();
    double score = 1 / (1 + Math.exp(-SLOPE * (wCov - MIDPOINT)));
    Evidence evidence = new Evidence(round(covA), round(covB), alignments.size(), round(meanSim), round(docSim),
        null, round(bestSimilarity), sharedFacts);

    List<String> reasons = new ArrayList<>();
    Relation relation;
    boolean sameSentences = wordsA > 0 && wordsB > 0 && closeA / wordsA >= DUPLICATE_COVERAGE
        && closeB / wordsB >= DUPLICATE_COVERAGE;
    Set<String> onlyA = sameSentences ? figures(a) : Set.of();
    Set<String> onlyB = sameSentences ? figures(b) : Set.of();
    if (sameSentences) {
      Set<String> both = new HashSet<>(onlyA);
      both.retainAll(onlyB);
      onlyA.removeAll(both);
      onlyB.removeAll(both);
    }
    boolean nearCopy = sameSentences && onlyA.isEmpty() && onlyB.isEmpty();
    if (sameSentences && !nearCopy) {
      reasons.add(String.format(Locale.ROOT, "%.0f%% of A and %.0f%% of B are nearly the same sentences, but the "
          + "figures differ (A: %s; B: %s), so not a duplicate", 100 * closeA / wordsA, 100 * closeB / wordsB,
          String.join(", ", new TreeSet<>(onlyA)), String.join(", ", new TreeSet<>(onlyB))));
    }
    Set<String> valuesA = score >= 0.5 ? values(a.sentences()) : Set.of();
    Set<String> valuesB = score >= 0.5 ? values(b.sentences()) : Set.of();
    if (differentFigures(valuesA, valuesB)) {
      relation = Relation.RELATED;
      reasons.add(String.format(Locale.ROOT, "same wording but different facts: only %d of the %d figures of the "
          + "article with fewer appear in the other, so these report different events in the same form (a "
          + "template such as an earnings or price table, or an update), not a copy", shared(valuesA, valuesB),
          Math.min(valuesA.size(), valuesB.size())));
    } else if (score >= 0.5 && differentSubjects(a, b)) {
      relation = Relation.RELATED;
      reasons.add(String.format(Locale.ROOT, "same form but another subject: A opens on %s, B on %s, and neither "
          + "names the other's, so these report about different parties in the same words (a template such as a "
          + "dividend notice or a bond issue), not a copy", String.join(", ", subjects(a)),
          String.join(", ", subjects(b))));
    } else if (score >= 0.5 && otherParties(a, b, valuesA, valuesB)) {
      relation = Relation.RELATED;
      reasons.add(String.format(Locale.ROOT, "same form but other parties: A opens on %s, which B never names, "
          + "B on %s, which A never names, and they share few figures, so these report about different parties "
          + "in the same words (a template such as an exchange's notice or a bond issue), not a copy",
          String.join(", ", unnamedSubjects(a, b)), String.join(", ", unnamedSubjects(b, a))));
    } else if (nearCopy) {
      relation = Relation.DUPLICATE;
      reasons.add(String.format(Locale.ROOT, "%.0f%% of A and %.0f%% of B are the same or nearly the same sentences",
          100 * closeA / wordsA, 100 * closeB / wordsB));
    } else if (score >= 0.5) {
      relation = Relation.DERIVED;
      reasons.add(String.format(Locale.ROOT, "%d aligned sentence groups cover %.0f%% of A and %.0f%% of B "
          + "(mean similarity %.2f)", alignments.size(), 100 * covA, 100 * covB, meanSim));
    } else if (!alignments.isEmpty() || docSim >= RELATED_DOCUMENT_SIMILARITY) {
      relation = Relation.RELATED;
      reasons.add(String.format(Locale.ROOT, "same topic (article similarity %.2f) but only %.0f%% of A and "
          + "%.0f%% of B align", docSim, 100 * covA, 100 * covB));
    } else {
      relation = Relation.UNRELATED;
      reasons.add(String.format(Locale.ROOT, "no sentence aligns and the articles are not on the same topic "
          + "(similarity %.2f)", docSim));
    }
    if (!sharedFacts.isEmpty()) {
      reasons.add("shared facts: " + String.join(", ", sharedFacts.subList(0, Math.min(12, sharedFacts.size()))));
    }
    // Most aligned words in verbatim or near-verbatim groups: the two say it in the same words.
    boolean sameWording = coveredA > 0 && coveredB > 0 && closeA / coveredA >= SAME_WORDING
        && closeB / coveredB >= SAME_WORDING;
    return new Scored(relation, round(score), reasons, evidence,
        sameLeadNames(a, b) && sameLeadNames(b, a) && !sameWording);
  }

  /** Change kinds that are their own mirror image: the same change whichever article is taken as the source. */
  static final Set<ChangeKind> VALUE_CHANGES = EnumSet.of(ChangeKind.NUMBER_CHANGED, ChangeKind.QUALIFIER_CHANGED,
      ChangeKind.CATEGORY_CHANGED, ChangeKind.TIME_CHANGED, ChangeKind.PLACE_CHANGED, ChangeKind.ENTITY_CHANGED,
      ChangeKind.ATTRIBUTION_CHANGED, ChangeKind.QUOTE_ALTERED, ChangeKind.NEGATION_CHANGED);

  /**
   * The verdict revised once the claims have been compared.
   *
   * <ul>
   *   <li>Same wording, different facts: when most figures, dates, names and places of the aligned sentences
   *       differ (at least two changed, more changed than figures and dates kept) in a text that is a form (mostly
   *       figures, at least {@link #TEMPLATE_FACTS_PER_SENTENCE} figure or date per aligned source sentence; the
   *       same sentences with other figures; or opening sentences about other parties), the articles report
   *       different events in the same form, as wire templates do ("Qtly div 8 cts vs 7.5 cts prior, pay March
   *       31" for one company and "4 cts vs 4 cts, March 27" for another; a weekly balance on Feb 25 and on
   *       April 1). That is a related article, not a copy. A copy that changed a fact keeps most of the others,
   *       so it stays derived; so does a story retold in other words about the same parties with a few facts
   *       changed.
   *   <li>A duplicate is the same content: a near-verbatim copy that changed a fact's value (a figure, a name,
   *       a date, a quotation...) in a way that could mislead is a derived copy that changed facts, which is what
   *       a reader must be told. Only changes that read the same both ways count ({@link #VALUE_CHANGES}): an
   *       attribution one side adds is one the other drops, so the verdict does not depend on which article
   *       is called A.
   * </ul>
   */
  public Scored afterChanges(Scored s, List<Change> changes, List<Preserved> preserved, double factsPerSentence) {
    if (s.relation() != Relation.DUPLICATE && s.relation() != Relation.DERIVED) {
      return s;
    }
    // A form for other events: mostly figures, the same sentences with other figures, or one frame about other
    // parties. A narrative about the same parties, retold in other words with a few facts changed, is a copy
    // that changed facts.
    boolean form = factsPerSentence >= TEMPLATE_FACTS_PER_SENTENCE || !s.rewrittenStory();
    int changedFacts = 0;
    List<String> major = new ArrayList<>();
    for (Change c : changes) {
      if (EVENT_FACTS.contains(c.kind())) {
        changedFacts++;
      }
      if (c.severity() == Severity.MAJOR && VALUE_CHANGES.contains(c.kind())) {
        major.add(c.kind().json());
      }
    }
    int keptFacts = 0;
    int keptFigures = 0;
    for (Preserved p : preserved) {
      if (p.kind().equals("quantity") || p.kind().equals("time")) {
        keptFacts++;
      }
      keptFigures += p.kind().equals("quantity") ? 1 : 0;
    }
    // figures of an aligned sentence that differ: changed, or new where the source's figure had no counterpart
    int changedFigures = (int) changes.stream().filter(c -> c.kind() == ChangeKind.NUMBER_CHANGED
        || c.kind() == ChangeKind.ADDED_UNSUPPORTED && c.value() != null && !c.aSentences().isEmpty()).count();
    List<String> reasons = new ArrayList<>(s.reasons());
    if (form && changedFacts >= MIN_CHANGED_FACTS_FOR_NEW_EVENT && changedFacts > keptFacts) {
      reasons.add(0, String.format(Locale.ROOT, "same wording but different facts: %d figures, dates or names differ "
          + "and %d agree, so these report different events in the same form (a template or an update), not a copy",
          changedFacts, keptFacts));
      return new Scored(Relation.RELATED, s.score(), reasons, s.evidence(), s.rewrittenStory());
    }
    // Every figure changed or new and none kept, dates alone agreeing: "Semi div 13 cts vs 18 cts prior, Pay March 13"
    // and "Qtly div 14 cts vs 14 cts prior, Pay March 13" are two companies' dividends paid the same day. A copy
    // that changed a figure keeps the others.
    if (form && changedFigures >= MIN_CHANGED_FACTS_FOR_NEW_EVENT && keptFigures == 0) {
      reasons.add(0, String.format(Locale.ROOT, "same wording but every figure differs (%d changed, none kept), so "
          + "these report different events in the same form (a template or an update), not a copy", changedFigures));
      return new Scored(Relation.RELATED, s.score(), reasons, s.evidence(), s.rewrittenStory());
    }
    if (s.relation() == Relation.DUPLICATE && !major.isEmpty()) {
      reasons.add(1, major.size() + " major change" + (major.size() == 1 ? "" : "s") + " ("
          + String.join(", ", new LinkedHashSet<>(major)) + "), so a derived copy, not a duplicate");
      return new Scored(Relation.DERIVED, s.score(), reasons, s.evidence(), s.rewrittenStory());
    }
    return s;
  }

  /**
   * Relation, score, reasons and evidence; {@code rewrittenStory} when each article mentions every name of the
   * other's opening sentence (the same parties) and the copy is mostly reworded, not the same sentences with other
   * figures: a narrative retold, whose changed facts are changes, not another event.
   */
  public record Scored(Relation relation, double score, List<String> reasons, Evidence evidence,
      boolean rewrittenStory) {}

  /** True when {@code other} mentions every name of {@code x}'s opening sentence (vacuously when it has none). */
  static boolean sameLeadNames(ArticleAnalysis x, ArticleAnalysis other) {
    if (x.claims().isEmpty()) {
      return true;
    }
    String text = other.searchText();
    return x.claims().get(0).entities().stream().allMatch(e -> SearchText.containsWords(text, e));
  }

  /**
   * Every figure and month an article writes, as written: a duplicate must agree on all of them. Near-verbatim
   * sentences can still carry other numbers (price tables "284 1/4" vs "285 1/4", "for April shipment" vs
   * "for May shipment") that no claim rule reads; such pairs are versions, not the same content.
   */
  static Set<String> figures(ArticleAnalysis x) {
    Set<String> out = new HashSet<>();
    for (Sentence s : x.sentences()) {
      for (Token t : s.tokens()) {
        String w = t.text().toLowerCase(Locale.ROOT);
        if (w.chars().anyMatch(Character::isDigit) || MONTHS.contains(w)) {
          out.add(w);
        }
      }
    }
    return out;
  }

  /**
   * The numeric values an article writes, without their formatting ("2,030" and "2030", "5%" and "5", "$1.13bn"
   * and "1.13"): a copy, a paraphrase, a summary keep most of the figures of what they copy.
   */
  public static Set<String> values(List<Sentence> sentences) {
    Set<String> out = new HashSet<>();
    for (Sentence s : sentences) {
      for (Token t : s.tokens()) {
        String v = t.text().replaceAll("[^0-9.]", "").replaceAll("^\\.+|\\.+$", "");
        if (!v.isEmpty()) {
          out.add(v);
        }
      }
    }
    return out;
  }

  /**
   * True when two articles' figure values ({@link #values}) say they report different events: both write at
   * least {@link #MIN_FIGURES_TO_COMPARE} and they share under {@link #MIN_SHARED_FIGURES} of the fewer. Such a
   * pair is never called duplicate or derived, so a corpus scan can skip the comparison.
   */
  public static boolean differentFigures(Set<String> valuesA, Set<String> valuesB) {
    int fewer = Math.min(valuesA.size(), valuesB.size());
    if (fewer < MIN_FIGURES_TO_COMPARE) {
      return false;
    }
    return shared(valuesA, valuesB) < MIN_SHARED_FIGURES * fewer;
  }

  /**
   * The names (people, organisations) of an article's opening sentence: who the story is about. A copy keeps
   * its source's subject, however much it rewords; wire items written from one template (dividend notices,
   * bond issues, prime-rate changes) keep the words and change the subject. Only names of two words or more
   * count: a single capitalised word opening a line of a wire table ("Qtrly div 10 cts", "Qtr ends Dec 31")
   * is taken for a name too often, and two notices of one company would look like two subjects.
   */
  static List<String> subjects(ArticleAnalysis x) {
    return x.claims().isEmpty() ? List.of()
        : x.claims().get(0).entities().stream().filter(e -> e.strip().contains(" ")).toList();
  }

  /**
   * True when both articles open on named subjects and neither article names any of the other's: the same
   * form about different parties. Both directions are required, so a copy that dropped its source's lead (an
   * abridged or partial copy opens on a later sentence of the source, whose names the source has) or that
   * put a new sentence first (the source's opening names are still in the copy) is not caught.
   */
  static boolean differentSubjects(ArticleAnalysis a, ArticleAnalysis b) {
    List<String> sa = subjects(a);
    List<String> sb = subjects(b);
    if (sa.isEmpty() || sb.isEmpty()) {
      return false;
    }
    String textA = a.searchText();
    String textB = b.searchText();
    return sa.stream().noneMatch(e -> SearchText.containsWords(textB, e))
        && sb.stream().noneMatch(e -> SearchText.containsWords(textA, e));
  }

  /**
   * Words of a company name that say what kind of body it is, not which one ("Genrad Corp" and "Sterling Group"
   * are told apart by "Genrad" and "Sterling", not by "Corp" and "Group"). Words of three letters or fewer ("Co",
   * "Inc", "Ltd", "Plc", "AG") never count either.
   */
  private static final Set<String> FORM_WORDS = Set.of("corp", "corporation", "company", "companies",
      "incorporated", "limited", "group", "holding", "holdings", "international", "industries");

  /**
   * True when each article opens on a party that the other never mentions, even in part, and the two share
   * under half the figures of the one with fewer: the same form about other parties. This is the wire template
   * that names one institution on both sides ("The New York Stock Exchange said Genrad Inc declined to comment
   * on unusual activity in its stock" and "... said Sterling Bancorp declined to comment ..."; "Tesco Plc is
   * issuing a convertible bond through Credit Suisse First Boston" and "Goodman Fielder ... through Credit
   * Suisse First Boston"), which {@link #differentSubjects} lets through because the institution is on both
   * sides. A party counts as mentioned when any of its distinctive words is in the other text, so spelling
   * variants ("Shamrock Capital L.P." and "Shamrock Capital LP") and partial names are still the same party;
   * and a copy that renamed a party but kept its source's figures stays a copy that changed a name.
   */
  static boolean otherParties(ArticleAnalysis a, ArticleAnalysis b, Set<String> valuesA, Set<String> valuesB) {
    int fewer = Math.min(valuesA.size(), valuesB.size());
    if (fewer > 0 && 2 * shared(valuesA, valuesB) >= fewer) {
      return false;
    }
    return !unnamedSubjects(a, b).isEmpty() && !unnamedSubjects(b, a).isEmpty();
  }

  /** The subjects of {@code x} that {@code other} never mentions: none of their distinctive words is in it. */
  static List<String> unnamedSubjects(ArticleAnalysis x, ArticleAnalysis other) {
    String text = other.searchText();
    List<String> out = new ArrayList<>();
    for (String subject : subjects(x)) {
      if (SearchText.containsWords(text, subject)) {
        continue;
      }
      boolean distinctive = false;
      boolean mentioned = false;
      for (String w : SearchText.normalize(subject).split(" ")) {
        if (w.length() > 3 && !FORM_WORDS.contains(w) && w.chars().allMatch(Character::isLetter)) {
          distinctive = true;
          mentioned |= text.contains(" " + w + " ");
        }
      }
      if (distinctive && !mentioned) {
        out.add(subject);
      }
    }
    return out;
  }

  private static int shared(Set<String> a, Set<String> b) {
    int n = 0;
    for (String v : a) {
      n += b.contains(v) ? 1 : 0;
    }
    return n;
  }

  private static final Set<String> MONTHS = Arrays.stream(Month.values())
      .map(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT))
      .collect(Collectors.toUnmodifiableSet());

  private static double totalWords(ArticleAnalysis x) {
    double n = 0;
    for (int i = 0; i < x.sentences().size(); i++) {
      n += x.words(i);
    }
    return n;
  }

  /** Cosine between the articles' mean sentence embeddings. */
  static double documentSimilarity(ArticleAnalysis a, ArticleAnalysis b) {
    float[] ma = mean(a.embeddings());
    float[] mb = mean(b.embeddings());
    return ma == null || mb == null ? 0 : SentenceEmbedder.cosine(ma, mb);
  }

  private static float[] mean(List<float[]> vectors) {
    if (vectors.isEmpty()) {
      return null;
    }
    float[] m = new float[vectors.get(0).length];
    for (float[] v : vectors) {
      for (int k = 0; k < m.length; k++) {
        m[k] += v[k];
      }
    }
    double norm = 0;
    for (float x : m) {
      norm += x * x;
    }
    if (norm == 0) {
      return null;
    }
    float inv = (float) (1 / Math.sqrt(norm));
    for (int k = 0; k < m.length; k++) {
      m[k] *= inv;
    }
    return m;
  }

  /** Rounded to three decimals, as reports show measurements. */
  public static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }
}
