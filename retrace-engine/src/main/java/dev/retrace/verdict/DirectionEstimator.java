package dev.retrace.verdict;

import dev.retrace.alignment.Alignment;
import dev.retrace.claims.Quantity;
import dev.retrace.claims.Quotation;
import dev.retrace.claims.SentenceClaims;
import dev.retrace.claims.TimeExpression;
import dev.retrace.compare.ArticleAnalysis;
import dev.retrace.embeddings.SentenceEmbedder;
import dev.retrace.embeddings.SentenceModel;
import dev.retrace.text.SearchText;
import dev.retrace.text.Sentence;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides which article is the source. Publication times decide when both are known. Otherwise the
 * evidence is what copying does to a text: a copy keeps the story but loses specifics (exact dates, extra
 * figures, names), loses the first-hand reporting lines only the original outlet could write ("X has
 * contacted Y for comment"), turns quoted words into reported speech (the exact words cannot be recovered
 * from "he said that ..."), and gains generic commentary with no specifics of its own. Each signal adds
 * points for one side; a clear margin decides, otherwise the direction is unknown.
 */
public final class DirectionEstimator {
  /** Points a side needs over the other before a direction is claimed. */
  static final double MARGIN = 2.0;
  static final int MIN_SENTENCES_FOR_TOPIC = 4;
  /** Points for the other side being the source when one side alone has an inserted-looking sentence. */
  static final double INSERTION_POINTS = 2.0;

  private static final Pattern FIRST_HAND = Pattern.compile(
      "\\b(?:has|have|had) (?:contacted|reached out to|asked)\\b|\\bfor comment\\b"
          + "|\\b(?:had|has|have|made) no (?:immediate )?comment\\b|\\bdid not (?:immediately )?respond"
          + "|\\bdeclined to comment\\b|\\bin an interview with\\b|\\btold (?:[A-Z][a-z]+|this (?:newspaper|website|outlet|reporter))"
          + "|\\bspoke (?:to|with) (?:[A-Z][a-z]+|this)\\b|\\bobtained by\\b|\\bseen by\\b",
      Pattern.CASE_INSENSITIVE);

  public record Result(Direction direction, List<String> reasons) {}

  /**
   * Best cosine to the rest of its article below which an unaligned sentence looks inserted (see offTopic):
   * the model's own ({@link SentenceModel#offTopicCosine()}).
   */
  private final double offTopicCosine;

  /** An estimator for sentence vectors of {@code model} (null: unknown, MiniLM's scale is assumed). */
  public DirectionEstimator(SentenceModel model) {
    this.offTopicCosine = SentenceModel.scaleOf(model).offTopicCosine();
  }

  public Result estimate(ArticleAnalysis a, ArticleAnalysis b, List<Alignment> alignments, List<Integer> unalignedA,
      List<Integer> unalignedB) {
    Instant pa = a.document().published();
    Instant pb = b.document().published();
    if (pa != null && pb != null && !pa.equals(pb)) {
      boolean aFirst = pa.isBefore(pb);
      return new Result(aFirst ? Direction.A_TO_B : Direction.B_TO_A,
          List.of((aFirst ? "A" : "B") + " was published first (" + (aFirst ? pa : pb) + " vs " + (aFirst ? pb : pa) + ")"));
    }
    List<String> reasons = new ArrayList<>();
    double points = 0; // positive: A is the source
    // Search forms of both texts, built once: every check below asks "does the other article mention X".
    String textA = a.searchText();
    String textB = b.searchText();
    List<Integer> firstHandA = firstHand(a, unalignedA);
    List<Integer> firstHandB = firstHand(b, unalignedB);
    // A first-hand line ("X has contacted Y for comment") is often unlike the rest of its article, but it is
    // the original outlet's own reporting, not another story's sentence: it never counts as an insertion.
    List<Integer> offTopicA = offTopic(a, without(unalignedA, firstHandA));
    List<Integer> offTopicB = offTopic(b, without(unalignedB, firstHandB));
    Set<String> onlyA = specificsMissingFrom(a, textB, offTopicA);
    Set<String> onlyB = specificsMissingFrom(b, textA, offTopicB);
    double specifics = Math.min(3, (onlyA.size() - onlyB.size()) / 2.0);
    specifics = Math.max(-3, specifics);
    if (specifics > 0) {
      reasons.add("A has specifics B lacks: " + preview(onlyA));
    } else if (specifics < 0) {
      reasons.add("B has specifics A lacks: " + preview(onlyB));
    }
    points += specifics;
    if (!firstHandA.isEmpty()) {
      points += 2;
      reasons.add("only A has first-hand reporting: \"" + a.sentences().get(firstHandA.get(0)).text() + "\"");
    }
    if (!firstHandB.isEmpty()) {
      points -= 2;
      reasons.add("only B has first-hand reporting: \"" + b.sentences().get(firstHandB.get(0)).text() + "\"");
    }
    if (!offTopicB.isEmpty() && offTopicA.isEmpty()) {
      points += INSERTION_POINTS;
      reasons.add("B has " + offTopicB.size() + " sentence(s) unlike the rest of its own article, as an insertion "
          + "is: \"" + b.sentences().get(offTopicB.get(0)).text() + "\"");
    } else if (!offTopicA.isEmpty() && offTopicB.isEmpty()) {
      points -= INSERTION_POINTS;
      reasons.add("A has " + offTopicA.size() + " sentence(s) unlike the rest of its own article, as an insertion "
          + "is: \"" + a.sentences().get(offTopicA.get(0)).text() + "\"");
    }
    List<String> quotesLostInB = quotesGivenAsSpeech(a, b, alignments, true);
    List<String> quotesLostInA = quotesGivenAsSpeech(b, a, alignments, false);
    if (quotesLostInB.size() > quotesLostInA.size()) {
      points += Math.min(2, quotesLostInB.size() - quotesLostInA.size());
      reasons.add("B gives as reported speech what A quotes (" + quotesLostInB.size() + " aligned sentence(s)): \""
          + quotesLostInB.get(0) + "\"");
    } else if (quotesLostInA.size() > quotesLostInB.size()) {
      points -= Math.min(2, quotesLostInA.size() - quotesLostInB.size());
      reasons.add("A gives as reported speech what B quotes (" + quotesLostInA.size() + " aligned sentence(s)): \""
          + quotesLostInA.get(0) + "\"");
    }
    int genericB = addedCommentary(b, unalignedB, offTopicB, textA);
    int genericA = addedCommentary(a, unalignedA, offTopicA, textB);
    if (genericB > genericA) {
      points += Math.min(2, genericB - genericA);
      reasons.add("B adds " + genericB + " sentence(s) of commentary with no facts of their own");
    } else if (genericA > genericB) {
      points -= Math.min(2, genericA - genericB);
      reasons.add("A adds " + genericA + " sentence(s) of commentary with no facts of their own");
    }
    Direction d = points >= MARGIN ? Direction.A_TO_B : points <= -MARGIN ? Direction.B_TO_A : Direction.UNKNOWN;
    if (d == Direction.UNKNOWN) {
      reasons.add(String.format(Locale.ROOT, "evidence is balanced (%.1f points); no publication times given", points));
    }
    return new Result(d, reasons);
  }

  /**
   * Unaligned sentences of x that are unlike every other sentence of x (embedding cosine below the model's
   * {@link SentenceModel#offTopicCosine() cut-off}): a sentence from another story inserted into a copy. A
   * source's own sentences, even ones a copy dropped, belong to its story. Measured on {@code retrace synth}
   * BBC articles with MiniLM (seeds 1 and 7): sentences inserted from another article have a median best cosine
   * of 0.19 to the rest of their article (74% below 0.25); the articles' own sentences 0.52 (1.3% below 0.25);
   * bge's figures are with its cut-off. Only for articles of at least
   * {@link #MIN_SENTENCES_FOR_TOPIC} sentences, where "the rest of the article" means something.
   */
  private List<Integer> offTopic(ArticleAnalysis x, List<Integer> unaligned) {
    List<Integer> out = new ArrayList<>();
    int n = x.sentences().size();
    if (n < MIN_SENTENCES_FOR_TOPIC) {
      return out;
    }
    for (int i : unaligned) {
      double best = -1;
      for (int j = 0; j < n; j++) {
        if (j != i) {
          best = Math.max(best, SentenceEmbedder.cosine(x.embeddings().get(i), x.embeddings().get(j)));
        }
      }
      if (best < offTopicCosine) {
        out.add(i);
      }
    }
    return out;
  }

  /**
   * Figures, specific dates and names of {@code x} that the other article (its search text) never mentions,
   * leaving out sentences that look inserted: their names are another story's, not the source's detail.
   */
  private static Set<String> specificsMissingFrom(ArticleAnalysis x, String other, List<Integer> skip) {
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < x.claims().size(); i++) {
      if (skip.contains(i)) {
        continue;
      }
      SentenceClaims c = x.claims().get(i);
      for (Quantity q : c.quantities()) {
        if (!SearchText.containsWords(other, q.number())) {
          out.add(q.number());
        }
      }
      for (TimeExpression t : c.times()) {
        if (t.kind() == TimeExpression.Kind.DATE && !SearchText.containsWords(other, t.text())) {
          out.add(t.text());
        }
      }
      for (String e : c.entities()) {
        if (!SearchText.containsWords(other, e)) {
          out.add(e);
        }
      }
    }
    return out;
  }

  /** Unaligned sentences of x that are first-hand reporting lines, by index. */
  private static List<Integer> firstHand(ArticleAnalysis x, List<Integer> unaligned) {
    List<Integer> out = new ArrayList<>();
    for (int i : unaligned) {
      if (FIRST_HAND.matcher(x.sentences().get(i).text()).find()) {
        out.add(i);
      }
    }
    return out;
  }

  private static List<Integer> without(List<Integer> xs, List<Integer> drop) {
    return xs.stream().filter(i -> !drop.contains(i)).toList();
  }

  /**
   * Quotations of x (four words or more) whose aligned sentences in y carry no quote mark at all: y restates
   * them as reported speech ("We will win," he said → He said that they would win). A rewriter does that
   * often; the reverse would mean inventing someone's exact words. Returns the quotations' texts.
   */
  private static List<String> quotesGivenAsSpeech(ArticleAnalysis x, ArticleAnalysis y, List<Alignment> alignments,
      boolean xIsA) {
    List<String> out = new ArrayList<>();
    for (Alignment g : alignments) {
      List<Integer> xs = xIsA ? g.a() : g.b();
      List<Integer> ys = xIsA ? g.b() : g.a();
      boolean unquoted = ys.stream().noneMatch(j -> y.sentences().get(j).text().indexOf('"') >= 0);
      if (!unquoted) {
        continue;
      }
      for (int i : xs) {
        Quotation q = x.claims().get(i).quotations().stream()
            .filter(c -> c.text().strip().split("\\s+").length >= MIN_QUOTE_WORDS).findFirst().orElse(null);
        if (q != null) {
          out.add(q.text());
          break;
        }
      }
    }
    return out;
  }

  /** Shorter quoted phrases ("a 'peacekeeping contingent'") are often dropped or rephrased with the marks. */
  private static final int MIN_QUOTE_WORDS = 4;

  /**
   * The commentary among x's unaligned sentences when it is most of them, else 0. A copy that drops sentences
   * (partial, abridged) drops reported facts and commentary alike, so its source's unaligned sentences are a
   * mix; a rewriter's additions are mostly commentary. Commentary is evidence of adding only when it makes up
   * at least half of what one side has beyond the other. A sentence already counted as an insertion is not
   * counted again as commentary.
   */
  private static int addedCommentary(ArticleAnalysis x, List<Integer> unaligned, List<Integer> inserted, String other) {
    int generic = genericAdditions(x, without(unaligned, inserted), other);
    return 2 * generic >= unaligned.size() ? generic : 0;
  }

  /**
   * Unaligned sentences that carry no figure, date or name the other article lacks: commentary. Quoted speech
   * is never commentary, even without facts ("As a goalkeeper, I always blame myself."): it is someone's words
   * the outlet reported, which an abridged or partial copy drops far more often than a rewriter invents.
   */
  private static int genericAdditions(ArticleAnalysis x, List<Integer> unaligned, String o) {
    int n = 0;
    for (int i : unaligned) {
      SentenceClaims c = x.claims().get(i);
      boolean specific = !c.quantities().isEmpty() || !c.quotations().isEmpty()
          || c.times().stream().anyMatch(t -> t.kind() == TimeExpression.Kind.DATE)
          || c.entities().stream().anyMatch(e -> !SearchText.containsWords(o, e));
      if (!specific && !quoted(x.sentences(), i)) {
        n++;
      }
    }
    return n;
  }

  /**
   * True when sentence i is (part of) quoted speech: it has a quote mark, or a quotation opened earlier in its
   * paragraph is still open (a quotation running over several sentences, whose middle ones have no marks).
   * Quote marks are unified to '"' when documents are read.
   */
  static boolean quoted(List<Sentence> sentences, int i) {
    Sentence s = sentences.get(i);
    if (s.text().indexOf('"') >= 0) {
      return true;
    }
    int marks = 0;
    for (int j = i - 1; j >= 0 && sentences.get(j).paragraph() == s.paragraph(); j--) {
      marks += count(sentences.get(j).text(), '"');
    }
    return marks % 2 == 1;
  }

  private static int count(String text, char c) {
    int n = 0;
    for (int k = 0; k < text.length(); k++) {
      if (text.charAt(k) == c) {
        n++;
      }
    }
    return n;
  }

  private static String preview(Set<String> items) {
    List<String> l = new ArrayList<>(items);
    return String.join(", ", l.subList(0, Math.min(6, l.size()))) + (l.size() > 6 ? " ..." : "");
  }

}
