package dev.retrace.trace;

import dev.retrace.Retrace;
import dev.retrace.compare.ArticleAnalysis;
import dev.retrace.documents.Document;
import dev.retrace.report.ComparisonReport;
import java.util.LinkedHashMap;
import java.util.Map;

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
