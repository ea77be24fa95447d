package dev.retrace.compare;

import dev.retrace.alignment.Alignment;
import dev.retrace.alignment.PairSimilarity;
import dev.retrace.alignment.SentenceAligner;
import dev.retrace.changes.Change;
import dev.retrace.changes.ChangeDetector;
import dev.retrace.changes.Preserved;
import dev.retrace.claims.Quantity;
import dev.retrace.claims.Quotation;
import dev.retrace.claims.SentenceClaims;
import dev.retrace.documents.Document;
import dev.retrace.documents.LanguageCheck;
import dev.retrace.embeddings.SentenceEmbedder;
import dev.retrace.report.ComparisonReport;
import dev.retrace.report.Evidence;
import dev.retrace.report.SentenceView;
import dev.retrace.report.Side;
import dev.retrace.text.SearchText;
import dev.retrace.verdict.Direction;
import dev.retrace.verdict.DirectionEstimator;
import dev.retrace.verdict.RelationScorer;
import dev.retrace.verdict.Relation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Compares two analysed articles: alignment, verdict, direction and changes, assembled into a report. */
public final class ArticleComparer {
  private final ArticleAnalyzer analyzer;
  private final SentenceAligner aligner = new SentenceAligner();
  private final RelationScorer scorer = new RelationScorer();
  private final DirectionEstimator direction;
  /** The id reports name for the model behind their similarities, or null for an embedder of unknown model. */
  private final String modelId;
  private final ChangeDetector changes = new ChangeDetector();

  public ArticleComparer(ArticleAnalyzer analyzer) {
    this.analyzer = analyzer;
    this.direction = new DirectionEstimator(analyzer.sentenceModel());
    this.modelId = analyzer.sentenceModel() == null ? null : analyzer.sentenceModel().id();
  }

  /** Compares two articles, inferring which is the source. */
  public ComparisonReport compare(ArticleAnalysis a, ArticleAnalysis b) {
    return compare(a, b, false);
  }

  /**
   * Compares two articles; with {@code aIsSource} the direction is taken as given (a fact-check of b
   * against a known source), otherwise it is inferred.
   */
  public ComparisonReport compare(ArticleAnalysis a, ArticleAnalysis b, boolean aIsSource) {
    return compare(a, b, aIsSource, true);
  }

  /**
   * Compares two articles, inferring which is the source, without the evidence's lead similarity: the
   * verdict, direction and changes are the same as {@link #compare(ArticleAnalysis, ArticleAnalysis)}'s, and
   * the articles' lead embeddings are not computed (candidate verification in a scan or a trace).
   */
  public ComparisonReport verify(ArticleAnalysis a, ArticleAnalysis b) {
    return compare(a, b, false, false);
  }

  private ComparisonReport compare(ArticleAnalysis a, ArticleAnalysis b, boolean aIsSource, boolean lead) {
    PairSimilarity sim = new PairSimilarity(a.sentences(), a.embeddings(), b.sentences(), b.embeddings(),
        analyzer.embedder(), analyzer.text());
    List<Alignment> alignments = aligner.align(a.sentences(), b.sentences(), sim);
    List<Integer> unalignedA = unaligned(a.sentences().size(), alignments, true);
    List<Integer> unalignedB = unaligned(b.sentences().size(), alignments, false);

    RelationScorer.Scored scored = scorer.score(a, b, alignments, max(sim.matrix()), sharedFacts(a, b));
    DirectionEstimator.Result dir = aIsSource
        ? new DirectionEstimator.Result(Direction.A_TO_B, List.of("A was given as the source"))
        : scored.relation() == Relation.UNRELATED
            ? new DirectionEstimator.Result(Direction.UNKNOWN, List.of("unrelated articles have no direction"))
            : direction.estimate(a, b, alignments, unalignedA, unalignedB);

    // Claim changes are only meaningful when one article is a version of the other (or is checked against it).
    boolean versions = aIsSource || scored.relation() == Relation.DERIVED || scored.relation() == Relation.DUPLICATE;
    // Checked against a known source (a summary, an excerpt), every copy sentence is compared with the source
    // sentence that supports it best, even below the link bar: a summary compresses, and its claims still must
    // hold. The verdict's coverage keeps counting real links only.
    List<Alignment> checked = aIsSource ? aligner.withSupport(alignments, sim.matrix()) : alignments;
    List<Integer> uncheckedA = aIsSource ? unaligned(a.sentences().size(), checked, true) : unalignedA;
    List<Integer> uncheckedB = aIsSource ? unaligned(b.sentences().size(), checked, false) : unalignedB;
    ChangeDetector.Result found = versions
        ? (dir.direction() == Direction.B_TO_A
            ? swapped(changes.detect(b, a, swap(alignments), unalignedB, unalignedA))
            : changes.detect(a, b, checked, uncheckedA, uncheckedB))
        : new ChangeDetector.Result(List.of(), List.of());
    scored = scorer.afterChanges(scored, found.changes(), found.preserved(), found.factsPerSentence());
    if (!aIsSource && scored.relation() == Relation.RELATED) {
      found = new ChangeDetector.Result(List.of(), List.of()); // not versions of one article after all
    }

    Evidence evidence = lead
        ? scored.evidence().withLeadSimilarity(RelationScorer.round(SentenceEmbedder.cosine(a.lead(), b.lead())))
        : scored.evidence();
    if (evidence != null && modelId != null) {
      evidence = evidence.withModel(modelId);
    }
    return new ComparisonReport(ComparisonReport.FORMAT_VERSION, null, scored.relation(), scored.score(),
        dir.direction(), dir.reasons(), scored.reasons(), evidence, side(a), side(b), checked, uncheckedA,
        uncheckedB, found.changes(), found.preserved(), warnings(a, b));
  }

  private static double max(double[][] m) {
    double best = 0;
    for (double[] row : m) {
      for (double x : row) {
        best = Math.max(best, x);
      }
    }
    return best;
  }

  private static List<Integer> unaligned(int size, List<Alignment> alignments, boolean sideA) {
    Set<Integer> aligned = new TreeSet<>();
    for (Alignment g : alignments) {
      aligned.addAll(sideA ? g.a() : g.b());
    }
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      if (!aligned.contains(i)) {
        out.add(i);
      }
    }
    return out;
  }

  private static List<Alignment> swap(List<Alignment> alignments) {
    return alignments.stream().map(g -> new Alignment(g.b(), g.a(), g.kind(), g.similarity())).toList();
  }

  /** Changes found with b as the source, turned back into the report's a/b orientation. */
  private static ChangeDetector.Result swapped(ChangeDetector.Result r) {
    return new ChangeDetector.Result(r.changes().stream().map(Change::mirrored).toList(),
        r.preserved().stream().map(Preserved::mirrored).toList(), r.factsPerSentence());
  }

  /** Figures and quotations that both articles contain: the strongest hint that one copied the other. */
  private static List<String> sharedFacts(ArticleAnalysis a, ArticleAnalysis b) {
    String textB = b.searchText();
    Set<String> out = new LinkedHashSet<>();
    for (SentenceClaims c : a.claims()) {
      for (Quantity q : c.quantities()) {
        if (SearchText.containsWords(textB, q.number())) {
          out.add(q.number());
        }
      }
      for (Quotation q : c.quotations()) {
        if (q.text().split("\\s+").length >= 3 && SearchText.containsWords(textB, q.text())) {
          out.add("\"" + q.text() + "\"");
        }
      }
    }
    return new ArrayList<>(out);
  }

  private static Side side(ArticleAnalysis x) {
    Document d = x.document();
    List<SentenceView> sentences = x.sentences().stream().map(s -> new SentenceView(s.index(), s.text())).toList();
    return new Side(d.id(), d.title(), d.url(), d.published() == null ? null : d.published().toString(), sentences);
  }

  private static List<String> warnings(ArticleAnalysis a, ArticleAnalysis b) {
    List<String> out = new ArrayList<>();
    for (ArticleAnalysis x : List.of(a, b)) {
      if (!LanguageCheck.looksEnglish(x.document().text())) {
        out.add(x.document().id() + ": the text does not look like English; results may be unreliable");
      }
    }
    return out;
  }
}
