package dev.retrace.changes;

import dev.retrace.claims.Attribution;
import dev.retrace.claims.Hedge;
import dev.retrace.claims.Negation;
import dev.retrace.claims.Quantity;
import dev.retrace.claims.Quotation;
import dev.retrace.claims.SentenceClaims;
import dev.retrace.claims.TimeExpression;
import dev.retrace.claims.WordSense;
import dev.retrace.compare.ArticleAnalysis;
import dev.retrace.text.ContentTerms;
import dev.retrace.text.SearchText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The claims of a set of sentences on one side (an alignment group, or a whole article), each claim
 * remembering which sentence it came from. Changes are found group against group because a rewrite may
 * move a claim to the neighbouring sentence of a merge or split.
 */
final class GroupClaims {
  record Located<T>(T claim, int sentence) {}

  final List<Integer> sentences;
  final String text;
  final String lowerText;
  final List<Located<Quantity>> quantities = new ArrayList<>();
  final List<Located<TimeExpression>> times = new ArrayList<>();
  final List<Located<Attribution>> attributions = new ArrayList<>();
  final List<Located<Quotation>> quotations = new ArrayList<>();
  final List<Located<Hedge>> hedges = new ArrayList<>();
  final List<Located<Negation>> negations = new ArrayList<>();
  final List<Located<String>> entities = new ArrayList<>();
  final List<Located<String>> places = new ArrayList<>();
  /** Each sentence's own text, for claims whose offsets are sentence-relative (hedges). */
  final java.util.Map<Integer, String> sentenceTexts = new java.util.HashMap<>();

  private final ArticleAnalysis article;
  private List<String> words;
  private Set<String> terms;

  GroupClaims(ArticleAnalysis article, List<Integer> sentences) {
    this.article = article;
    this.sentences = List.copyOf(sentences);
    this.text = article.text(sentences);
    this.lowerText = SearchText.padded(text);
    for (int i : sentences) {
      SentenceClaims c = article.claims().get(i);
      sentenceTexts.put(i, article.sentences().get(i).text());
      c.quantities().forEach(q -> quantities.add(new Located<>(q, i)));
      c.times().forEach(t -> times.add(new Located<>(t, i)));
      c.attributions().forEach(a -> attributions.add(new Located<>(a, i)));
      c.quotations().forEach(q -> quotations.add(new Located<>(q, i)));
      // A hedge inside a quotation is the speaker's wording; quote changes already cover it.
      c.hedges().stream().filter(h -> c.quotations().stream().noneMatch(q -> q.start() <= h.start() && h.end() <= q.end()))
          .forEach(h -> hedges.add(new Located<>(h, i)));
      c.negations().forEach(n -> negations.add(new Located<>(n, i)));
      c.entities().forEach(e -> entities.add(new Located<>(e, i)));
      c.places().forEach(p -> places.add(new Located<>(p, i)));
    }
  }

  /** The group's words, lower-cased, in order ({@link WordSwaps#words}); split on first need. */
  List<String> words() {
    if (words == null) {
      words = WordSwaps.words(text);
    }
    return words;
  }

  /**
   * True when this group has the word, in another inflection ("extend" for "extended"), or a WordNet synonym or
   * direct hypernym of it ("negotiations" for "talks"). Words that are not content words are always there.
   */
  boolean hasWord(String word) {
    List<String> stems = TERMS.of(word);
    if (stems.isEmpty()) {
      return true;
    }
    if (terms == null) {
      Set<String> all = new HashSet<>();
      sentences.forEach(i -> all.addAll(article.sentences().get(i).terms()));
      terms = all;
    }
    return terms.contains(stems.get(0)) || words().stream().anyMatch(w -> WordSense.related(w, word));
  }

  /**
   * Content terms as the sentences' terms are made ({@link dev.retrace.text.Sentence#terms}: function words out,
   * stemmed), for words and phrases the change rules compare.
   */
  static final ContentTerms TERMS = new ContentTerms();

  /** Text of one sentence of the article this group belongs to. */
  String sentenceText(int sentence) {
    return article.sentences().get(sentence).text();
  }

  static GroupClaims whole(ArticleAnalysis article) {
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < article.sentences().size(); i++) {
      all.add(i);
    }
    return new GroupClaims(article, all);
  }

  /** True when the words of {@code phrase} occur in this group's text (case, punctuation and possessives ignored). */
  boolean mentions(String phrase) {
    return SearchText.containsWords(lowerText, phrase);
  }

  static String normalizeForSearch(String s) {
    return SearchText.normalize(s);
  }

  /** True when two figures are the same value (relative tolerance for rounding in conversions). */
  static boolean sameValue(double x, double y) {
    return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.max(Math.abs(x), Math.abs(y)));
  }
}
