package dev.retrace.embeddings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class CachingEmbedderTest {
  /** Vector [length of text]; records every text it is asked to embed. */
  static final class Counting implements SentenceEmbedder {
    final List<String> asked = java.util.Collections.synchronizedList(new ArrayList<>());

    @Override
    public List<float[]> embed(List<String> texts) {
      asked.addAll(texts);
      return texts.stream().map(t -> new float[] {t.length()}).toList();
    }
  }

  @Test
  void embedsEachDistinctTextOnce() {
    Counting inner = new Counting();
    CachingEmbedder cache = new CachingEmbedder(inner, 10);
    List<float[]> first = cache.embed(List.of("a", "bb", "a", "ccc"));
    assertThat(first).extracting(v -> v[0]).containsExactly(1f, 2f, 1f, 3f);
    assertThat(inner.asked).containsExactly("a", "bb", "ccc");
    List<float[]> second = cache.embed(List.of("ccc", "dddd", "bb"));
    assertThat(second).extracting(v -> v[0]).containsExactly(3f, 4f, 2f);
    assertThat(inner.asked).containsExactly("a", "bb", "ccc", "dddd");
    assertThat(cache.hits()).isEqualTo(2);
    assertThat(cache.misses()).isEqualTo(4);
    assertThat(cache.size()).isEqualTo(4);
  }

  @Test
  void evictsTheLeastRecentlyUsed() {
    Counting inner = new Counting();
    CachingEmbedder cache = new CachingEmbedder(inner, 2);
    cache.embed(List.of("a"));
    cache.embed(List.of("bb"));
    cache.embed(List.of("a")); // a is now more recent than bb
    cache.embed(List.of("ccc")); // evicts bb
    inner.asked.clear();
    cache.embed(List.of("a", "bb"));
    assertThat(inner.asked).containsExactly("bb");
    assertThat(cache.size()).isEqualTo(2);
  }

  @Test
  void callersCannotCorruptTheCache() {
    CachingEmbedder cache = new CachingEmbedder(new Counting(), 4);
    cache.embed(List.of("xyz")).get(0)[0] = 99f;
    assertThat(cache.embed(List.of("xyz")).get(0)[0]).isEqualTo(3f);
  }

  @Test
  void zeroCapacityOnlyDeduplicates() {
    Counting inner = new Counting();
    CachingEmbedder cache = new CachingEmbedder(inner, 0);
    cache.embed(List.of("a", "a"));
    cache.embed(List.of("a"));
    assertThat(inner.asked).containsExactly("a", "a");
    assertThat(cache.size()).isZero();
  }

  @Test
  void emptyInput() {
    assertThat(new CachingEmbedder(new Counting(), 4).embed(List.of())).isEmpty();
  }

  @Test
  void concurrentUse() throws Exception {
    Counting inner = new Counting();
    CachingEmbedder cache = new CachingEmbedder(inner, 50);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int k = 0; k < 8; k++) {
        futures.add(pool.submit(() -> {
          for (int i = 0; i < 1000; i++) {
            String t = "x".repeat(1 + i % 100);
            assertThat(cache.embed(List.of(t)).get(0)[0]).isEqualTo(t.length());
          }
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(cache.size()).isEqualTo(50);
  }
}
