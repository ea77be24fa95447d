package dev.retrace.embeddings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A bounded least-recently-used cache of embeddings by exact text in front of another embedder. A rewrite
 * keeps many of its source's sentences word for word, the aligner re-embeds clauses, and batch runs meet
 * the same sentence in several pairs: each is embedded once. Texts repeated within one call are embedded
 * once too. Callers get their own copy of every vector. Thread-safe.
 */
public final class CachingEmbedder implements SentenceEmbedder {
  /** Default capacity: about 14 MB of vectors and keys. */
  public static final int DEFAULT_CAPACITY = 8192;

  private final SentenceEmbedder delegate;
  private final int capacity;
  private final LinkedHashMap<String, float[]> cache;
  private long hits;
  private long misses;

  public CachingEmbedder(SentenceEmbedder delegate, int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity must not be negative: " + capacity);
    }
    this.delegate = delegate;
    this.capacity = capacity;
    this.cache = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
        return size() > CachingEmbedder.this.capacity;
      }
    };
  }

  @Override
  public SentenceModel sentenceModel() {
    return delegate.sentenceModel();
  }

  public SentenceEmbedder delegate() {
    return delegate;
  }

  @Override
  public List<float[]> embed(List<String> texts) {
    int n = texts.size();
    float[][] out = new float[n][];
    // Texts not in the cache, each once, with the positions that want it.
    Map<String, List<Integer>> missing = new LinkedHashMap<>();
    synchronized (cache) {
      for (int i = 0; i < n; i++) {
        String t = texts.get(i);
        float[] v = cache.get(t);
        if (v != null) {
          out[i] = v;
          hits++;
        } else {
          missing.computeIfAbsent(t, k -> new ArrayList<>(1)).add(i);
        }
      }
      misses += missing.size();
    }
    if (!missing.isEmpty()) {
      List<String> todo = new ArrayList<>(missing.keySet());
      List<float[]> vectors = delegate.embed(todo);
      Map<String, float[]> fresh = new HashMap<>(todo.size() * 2);
      for (int k = 0; k < todo.size(); k++) {
        String t = todo.get(k);
        float[] v = vectors.get(k);
        fresh.put(t, v);
        for (int i : missing.get(t)) {
          out[i] = v;
        }
      }
      if (capacity > 0) {
        synchronized (cache) {
          cache.putAll(fresh);
        }
      }
    }
    List<float[]> result = new ArrayList<>(n);
    for (float[] v : out) {
      result.add(v.clone());
    }
    return result;
  }

  /** Entries now held. */
  public int size() {
    synchronized (cache) {
      return cache.size();
    }
  }

  /** Look-ups answered from the cache since creation (or the last {@link #clear()}). */
  public long hits() {
    synchronized (cache) {
      return hits;
    }
  }

  /** Distinct texts that had to be embedded since creation (or the last {@link #clear()}). */
  public long misses() {
    synchronized (cache) {
      return misses;
    }
  }

  public void clear() {
    synchronized (cache) {
      cache.clear();
      hits = 0;
      misses = 0;
    }
  }

  @Override
  public String toString() {
    synchronized (cache) {
      return "CachingEmbedder[" + cache.size() + "/" + capacity + ", hits=" + hits + ", misses=" + misses + "]";
    }
  }
}
