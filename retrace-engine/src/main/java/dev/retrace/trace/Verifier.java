package dev.retrace.trace;

import dev.retrace.Retrace;
import dev.retrace.compare.ArticleAnalysis;
import dev.retrace.documents.Document;
import dev.retrace.report.ComparisonReport;
import dev.retrace.verdict.RelationScorer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Runs the compare engine on candidate pairs, keeping recent analyses (sentences, embeddings, claims: most of
 * a comparison's cost) so an article compared with several others is analysed once. Thread-safe.
 */
public final class Verifier {
  /** Analyses kept by default: enough for a trace, which meets each article once or twice. */
  public static final int DEFAULT_CACHED_ANALYSES = 512;
  private final Retrace retrace;
  private final int capacity;
  private final Map<String, ArticleAnalysis> cache;
  /** Figure values by article, a few hundred bytes each: kept for as many articles as analyses, times 16. */
  private final Map<String, Set<String>> values;

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
    this.capacity = cachedAnalyses;
    this.cache = new LinkedHashMap<>(64, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, ArticleAnalysis> eldest) {
        return size() > capacity;
      }
    };
    this.values = new LinkedHashMap<>(64, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Set<String>> eldest) {
        return size() > 16L * capacity;
      }
    };
  }

  /**
   * False when the compare engine could only call the pair related or unrelated, whatever their alignment:
   * they share too few of their figures ({@link RelationScorer#differentFigures}). Costs text analysis, not
   * embeddings: on Reuters-21578 it settles about a quarter of a scan's candidate pairs (wire templates).
   */
  public boolean mayBeVersions(Document a, Document b) {
    return !RelationScorer.differentFigures(values(a), values(b));
  }

  private Set<String> values(Document d) {
    String key = d.id() + "\u0000" + d.text().hashCode();
    synchronized (values) {
      Set<String> cached = values.get(key);
      if (cached != null) {
        return cached;
      }
    }
    Set<String> v = retrace.figureValues(d);
    synchronized (values) {
      values.put(key, v);
    }
    return v;
  }

  /** Compares {@code a} (taken as the candidate source) with {@code b}. */
  public ComparisonReport compare(Document a, Document b) {
    return retrace.compare(analysis(a), analysis(b));
  }

  private ArticleAnalysis analysis(Document d) {
    String key = d.id() + "\u0000" + d.text().hashCode();
    synchronized (cache) {
      ArticleAnalysis cached = cache.get(key);
      if (cached != null) {
        return cached;
      }
    }
    ArticleAnalysis analysis = retrace.analyze(d);
    synchronized (cache) {
      cache.put(key, analysis);
    }
    return analysis;
  }
}
