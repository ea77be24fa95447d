package dev.retrace.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.retrace.Retrace;
import dev.retrace.changes.Change;
import dev.retrace.changes.ChangeKind;
import dev.retrace.changes.Severity;
import dev.retrace.embeddings.SentenceModel;
import dev.retrace.pairs.Pair;
import dev.retrace.report.ComparisonReport;
import dev.retrace.report.Evidence;
import dev.retrace.verdict.Relation;
import dev.retrace.verdict.RelationScorer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;

/**
 * Turns the engine's report on a labelled pair into a task prediction. The decision rules and their
 * thresholds are fixed here, chosen on the development sets and documented in docs/QUALITY.md; evaluation
 * never fits them to the file it reports on.
 */
public final class PairJudge {
  /**
   * Sentence-pair paraphrase for an embedder of unknown model: judged similarity at or above this means "b restates
   * a" (the bundled models carry their own, {@link SentenceModel#paraphraseSimilarity()}); article pairs use the
   * relation instead.
   */
  public static final double PARAPHRASE_SIMILARITY = 0.62;
  /** A pair counts as similar (for the similarity task's decision) at or above this similarity. */
  public static final double SIMILAR = 0.5;

  /**
   * Change kinds that make a copy's own statements unsupported. A summary or excerpt leaves most of its
   * source out and may drop caveats or attributions while staying true to it, so dropped content, dropped
   * caveats and dropped attributions do not count against consistency.
   */
  static final Set<ChangeKind> CONTRADICTS_COPY = EnumSet.of(ChangeKind.NUMBER_CHANGED, ChangeKind.QUALIFIER_CHANGED,
      ChangeKind.CATEGORY_CHANGED, ChangeKind.TIME_CHANGED, ChangeKind.PLACE_CHANGED, ChangeKind.ENTITY_CHANGED,
      ChangeKind.ATTRIBUTION_CHANGED, ChangeKind.QUOTE_ALTERED, ChangeKind.CERTAINTY_CHANGED,
      ChangeKind.NEGATION_CHANGED, ChangeKind.GENERALIZATION, ChangeKind.ADDED_UNSUPPORTED);

  private final Retrace retrace;
  /** Share of a sentence pair's judged similarity that is the cosine of the two whole texts. */
  private final double pairCosineShare;
  private final double paraphraseSimilarity;

  public PairJudge(Retrace retrace) {
    this.retrace = retrace;
    SentenceModel model = retrace.sentenceModel();
    this.pairCosineShare = model == null ? 0 : model.pairCosineShare();
    this.paraphraseSimilarity = model == null ? PARAPHRASE_SIMILARITY : model.paraphraseSimilarity();
  }

  public Prediction judge(Pair pair) {
    EvalTask task = EvalTask.of(pair.task());
    double label = label(pair.label(), pair.id());
    List<String> editTypes = editTypes(pair.meta());
    return switch (task) {
      case PARAPHRASE -> {
        ComparisonReport r = retrace.compare(pair.a(), pair.b());
        double score = similarity(r);
        boolean restates = single(r) ? score >= paraphraseSimilarity
            : r.relation() == Relation.DERIVED || r.relation() == Relation.DUPLICATE;
        yield new Prediction(pair.id(), task.json(), score, restates, r.changes(), label, editTypes);
      }
      case SIMILARITY -> {
        ComparisonReport r = retrace.compare(pair.a(), pair.b());
        double score = similarity(r);
        String genre = pair.meta() != null && pair.meta().hasNonNull("genre") ? pair.meta().get("genre").asText() : null;
        yield new Prediction(pair.id(), task.json(), score, score >= SIMILAR, List.of(), label, editTypes, genre);
      }
      case CONSISTENCY -> {
        ComparisonReport r = retrace.check(pair.a(), pair.b());
        // A copy sentence that no source sentence supports, not even below the alignment bar, is unsupported
        // whatever it says: "minor" marks commentary that misleads about no fact, but "fully supported" excludes it.
        List<Change> against = r.changes().stream().filter(c -> CONTRADICTS_COPY.contains(c.kind())
            && (c.severity() == Severity.MAJOR || c.kind() == ChangeKind.ADDED_UNSUPPORTED)).toList();
        // Supported: nothing in b contradicts or goes beyond a. Score falls with each such change and
        // with the share of b that no sentence of a supports.
        double score = r.evidence().bCoverage() / (1 + against.size());
        yield new Prediction(pair.id(), task.json(), score, against.isEmpty(), r.changes(), label, editTypes);
      }
      case DERIVATION -> {
        // b derived from a (retrace synth): the relation decides; the report's changes are scored per kind.
        ComparisonReport r = retrace.compare(pair.a(), pair.b());
        boolean derived = r.relation() == Relation.DERIVED || r.relation() == Relation.DUPLICATE;
        yield new Prediction(pair.id(), task.json(), r.score(), derived, r.changes(), label, editTypes,
            derivation(pair.meta()), r.direction().json(), label >= 0.5 ? goldDirection(pair) : null);
      }
    };
  }

  /**
   * One similarity figure for any pair: for single sentences, the model's mix ({@link
   * SentenceModel#pairCosineShare()}) of the two texts' cosine (their lead similarity: for a sentence, the
   * sentence) and the aligned sentences' combined similarity; for articles, the similarity of their leads (title
   * and first ~100 words). On semeval22-en-dev the lead (Pearson 0.866) beat the mean of all sentence vectors
   * (0.780) and every mix of the two with coverage or shared names that we tried: news states its story up front,
   * and later paragraphs drift into background that two reports of one story need not share.
   */
  double similarity(ComparisonReport r) {
    Evidence e = r.evidence();
    if (!single(r)) {
      return e.leadSimilarity();
    }
    double lead = e.leadSimilarity() == null ? e.bestSimilarity() : e.leadSimilarity();
    return RelationScorer.round(pairCosineShare * lead + (1 - pairCosineShare) * e.bestSimilarity());
  }

  private static boolean single(ComparisonReport r) {
    return r.a().sentences().size() <= 1 || r.b().sentences().size() <= 1;
  }

  private static double label(JsonNode label, String id) {
    if (label == null || !label.isNumber() && !label.isBoolean()) {
      throw new IllegalArgumentException("pair " + id + " has no numeric label");
    }
    return label.isBoolean() ? (label.asBoolean() ? 1 : 0) : label.asDouble();
  }

  /** "a->b" or "b->a" when meta.source_id names the id of one side of the pair, else null. */
  private static String goldDirection(Pair pair) {
    JsonNode meta = pair.meta();
    if (meta == null || !meta.hasNonNull("source_id")) {
      return null;
    }
    String source = meta.get("source_id").asText();
    return source.equals(pair.a().id()) ? "a->b" : source.equals(pair.b().id()) ? "b->a" : null;
  }

  private static String derivation(JsonNode meta) {
    return meta != null && meta.hasNonNull("derivation") ? meta.get("derivation").asText() : null;
  }

  private static List<String> editTypes(JsonNode meta) {
    List<String> out = new ArrayList<>();
    if (meta != null && !meta.has("edit_types") && meta.has("edits") && meta.get("edits").isArray()) {
      meta.get("edits").forEach(e -> {
        if (e.hasNonNull("kind") && !out.contains(e.get("kind").asText())) {
          out.add(e.get("kind").asText());
        }
      });
    }
    if (meta != null && meta.has("edit_types")) {
      JsonNode e = meta.get("edit_types");
      if (e.isArray()) {
        e.forEach(x -> out.add(x.asText()));
      } else if (e.isTextual() && !e.asText().isBlank()) {
        out.add(e.asText());
      }
    }
    return out;
  }
}
