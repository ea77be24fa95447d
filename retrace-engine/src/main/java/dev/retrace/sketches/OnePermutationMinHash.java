package dev.retrace.sketches;

import java.util.Arrays;

/**
 * MinHash signature by one-permutation hashing with optimal densification (Li, Owen, Zhang 2012; Shrivastava
 * 2017): each shingle hash goes to one of {@code m} bins, a bin keeps its minimum, and an empty bin borrows the
 * value of a bin chosen by a fixed pseudo-random probe sequence. Two signatures agree in a component with
 * probability equal to the sets' Jaccard similarity, like classic MinHash.
 *
 * <p>Written by hand because it was measured: hash4j's SuperMinHash costs 135 ns per shingle for 120 components
 * on article-sized sets (its m·log m term dominates below a few thousand elements), a third of the whole sketch
 * budget; this costs a few ns (see docs/BENCHMARKS.md, SketchBenchmark). Components are 16 bits of a mix of
 * the bin minimum, so a chance collision (1 in 65,536) barely moves an estimate.
 */
final class OnePermutationMinHash {
  private final int components;
  private final long[] mins;

  OnePermutationMinHash(int components) {
    this.components = components;
    this.mins = new long[components];
  }

  /** The signature of {@code count} shingle hashes (well mixed 64-bit values), 2 bytes a component. */
  byte[] signature(long[] hashes, int count) {
    Arrays.fill(mins, Long.MAX_VALUE);
    for (int i = 0; i < count; i++) {
      long h = hashes[i];
      int bin = (int) (((h >>> 32) * components) >>> 32); // multiply-shift range reduction: uniform bins, no modulo
      long value = h & 0xFFFFFFFFL;
      if (value < mins[bin]) {
        mins[bin] = value;
      }
    }
    byte[] signature = new byte[components * 2];
    for (int bin = 0; bin < components; bin++) {
      long value = mins[bin];
      // optimal densification: probe other bins in a sequence fixed by (bin, attempt) until one is filled
      for (int attempt = 1; value == Long.MAX_VALUE && attempt < 64 * components; attempt++) {
        int other = (int) (((mix(((long) bin << 32) | attempt) >>> 32) * components) >>> 32);
        value = mins[other];
      }
      int component = (int) (mix(value) & 0xFFFF);
      signature[2 * bin] = (byte) (component >>> 8);
      signature[2 * bin + 1] = (byte) component;
    }
    return signature;
  }

  /** Share of equal components: the Jaccard estimate. */
  static double similarity(byte[] a, byte[] b) {
    if (a.length != b.length || a.length == 0) {
      return 0;
    }
    int equal = 0;
    for (int i = 0; i < a.length; i += 2) {
      if (a[i] == b[i] && a[i + 1] == b[i + 1]) {
        equal++;
      }
    }
    return equal / (a.length / 2.0);
  }

  /** Murmur3's 64-bit finaliser. */
  static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb93fe1a85363L;
    return h ^ (h >>> 33);
  }
}
