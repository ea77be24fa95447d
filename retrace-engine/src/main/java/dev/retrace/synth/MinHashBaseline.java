package dev.retrace.synth;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import com.dynatrace.hash4j.similarity.ElementHashProvider;
import com.dynatrace.hash4j.similarity.SimilarityHashPolicy;
import com.dynatrace.hash4j.similarity.SimilarityHasher;
import com.dynatrace.hash4j.similarity.SimilarityHashing;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The usual near-duplicate baseline: Jaccard similarity of word 5-shingle sets estimated with hash4j's
 * SuperMinHash (256 components of 16 bits), compared with a threshold (0.5 or 0.8 are the usual choices; an LSH
 * index only finds the candidates, the signature estimate decides).
 */
public final class MinHashBaseline {
  public static final int SHINGLE = 5;
  private static final SimilarityHashPolicy POLICY = SimilarityHashing.superMinHash(256, 16);
  private static final Hasher64 HASH = Hashing.komihash5_0();

  private MinHashBaseline() {}

  /** The MinHash signature of a text's word 5-shingles (lowercased letters and digits). */
  public static byte[] signature(String text) {
    Set<String> shingles = new LinkedHashSet<>();
    List<String> words = new ArrayList<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    if (words.size() < SHINGLE) {
      shingles.add(String.join(" ", words));
    }
    for (int i = 0; i + SHINGLE <= words.size(); i++) {
      shingles.add(String.join(" ", words.subList(i, i + SHINGLE)));
    }
    long[] hashes = shingles.stream().mapToLong(HASH::hashCharsToLong).toArray();
    SimilarityHasher hasher = POLICY.createHasher();
    return hasher.compute(ElementHashProvider.ofValues(hashes));
  }

  /** The estimated Jaccard similarity of the two texts' 5-shingle sets. */
  public static double jaccard(String a, String b) {
    return POLICY.getFractionOfEqualComponents(signature(a), signature(b));
  }
}
