package dev.retrace.trace;

import dev.retrace.Retrace;
import dev.retrace.compare.ArticleAnalysis;
import dev.retrace.documents.Document;
import dev.retrace.report.ComparisonReport;
import dev.retrace.verdict.RelationScorer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Runs the compare engine on candidate pairs, keeping recent analyses (sentences, embeddings, claims: most of
 * a comparison's cost) so an article compared with several others is analysed once. Thread-safe.
 */
public final class Verifier {
  /** Analyses kept by default: enough for a trace, which meets each article once or twice. */
  public static final int DEFAULT_CACHED_ANALYSES = 512;
  private final Retrace retrace;
  private final Recent<ArticleAnalysis> analyses;
  /** Figure values by article, a few hundred bytes each: kept for 16 times as many articles as analyses. */
  private final Recent<Set<String>> values;

  public Verifier(Retrace retrace) {
    this(retrace, DEFAULT_CACHED_ANALYSES);
  }

  /**
   * @param cachedAnalyses how many analyses to keep (least recently used first out). A corpus scan meets each
   *     article in pairs spread over the whole run (Reuters-21578: 8,500 analyses asked for, 3,600 distinct
   *     articles), so it keeps many more; an analysis of a news article takes some tens of kilobytes.
   */
  public Verifier(Retrace retrace, int cachedAnalyses) {
    this.retrace = retrace;
    this.analyses = new Recent<>(cachedAnalyses);
    this.values = new Recent<>(16L * cachedAnalyses);
  }

  /**
   * False when the compare engine could only call the pair related or unrelated, whatever their alignment:
   * they share too few of their figures ({@link RelationScorer#differentFigures}). Costs text analysis, not
   * embeddings: on Reuters-21578 it settles about a quarter of a scan's candidate pairs (wire templates).
   */
  public boolean mayBeVersions(Document a, Document b) {
    return !RelationScorer.differentFigures(values.get(a, retrace::figureValues),
        values.get(b, retrace::figureValues));
  }

  /**
   * Compares {@code a} (taken as the candidate source) with {@code b}: {@link Retrace#verify}, the comparison
   * without the evidence's lead similarity.
   */
  public ComparisonReport compare(Document a, Document b) {
    return retrace.verify(analyses.get(a, retrace::analyze), analyses.get(b, retrace::analyze));
  }

  /**
   * What was computed for the most recently used articles, by id and text. The computation runs outside the
   * lock, so two threads may both compute one article; the result is the same.
   */
  private static final class Recent<V> {
    private final Map<String, V> map;

    Recent(long capacity) {
      this.map = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
          return size() > capacity;
        }
      };
    }

    V get(Document d, Function<Document, V> compute) {
      String key = d.id() + "\u0000" + d.text().hashCode();
      synchronized (map) {
        V cached = map.get(key);
        if (cached != null) {
          return cached;
        }
      }
      V v = compute.apply(d);
      synchronized (map) {
        map.put(key, v);
      }
      return v;
    }
  }
}
