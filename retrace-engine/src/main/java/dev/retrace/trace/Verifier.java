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
  private static final int CACHED_ANALYSES = 512;
  private final Retrace retrace;
  private final Map<String, ArticleAnalysis> cache = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, ArticleAnalysis> eldest) {
      return size() > CACHED_ANALYSES;
    }
  };

  public Verifier(Retrace retrace) {
    this.retrace = retrace;
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
