package dev.retrace.verdict;

import dev.retrace.alignment.Alignment;
import dev.retrace.alignment.AlignmentKind;
import dev.retrace.compare.ArticleAnalysis;
import dev.retrace.embeddings.SentenceEmbedder;
import dev.retrace.report.Evidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
        round(SentenceEmbedder.cosine(a.lead(), b.lead())), round(bestSimilarity), sharedFacts);

    List<String> reasons = new ArrayList<>();
    Relation relation;
    boolean nearCopy = wordsA > 0 && wordsB > 0 && closeA / wordsA >= DUPLICATE_COVERAGE
        && closeB / wordsB >= DUPLICATE_COVERAGE;
    if (nearCopy) {
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
    return new Scored(relation, round(score), reasons, evidence);
  }

  /** Relation, score, reasons and evidence. */
  public record Scored(Relation relation, double score, List<String> reasons, Evidence evidence) {}

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

  static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }
}
