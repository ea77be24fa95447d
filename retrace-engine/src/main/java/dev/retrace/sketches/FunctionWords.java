package dev.retrace.sketches;

import com.dynatrace.hash4j.hashing.Hasher64;
import dev.retrace.text.ContentTerms;
import java.util.Locale;
import org.apache.lucene.analysis.CharArraySet;

/**
 * English function words ("the", "which", "although" ...), which carry no fact: the list the text package
 * ships, looked up by word hash. The sketcher hashes every word anyway (for its shingles); looking that hash up
 * in an open-addressing table of the function words' hashes costs one or two array reads, where a CharArraySet
 * look-up hashes and compares the characters again (12% of the sketch time in a profile) and a binary search
 * of the sorted hashes takes nine steps. Two distinct words sharing a 64-bit hash is not a practical concern for
 * a list of a few hundred.
 */
final class FunctionWords {
  private FunctionWords() {}

  /** The function words' hashes under {@code hasher}, laid out for {@link #contains}. */
  static long[] hashes(Hasher64 hasher) {
    CharArraySet set = ContentTerms.functionWords();
    // a power of two at least four times the word count: probes stay short
    int size = Integer.highestOneBit(Math.max(16, set.size() * 4) - 1) << 1;
    long[] table = new long[size];
    for (Object word : set) {
      long h = hasher.hashCharsToLong(new String((char[]) word).toLowerCase(Locale.ROOT));
      if (h == EMPTY) {
        continue; // cannot be stored; such a word is then simply not recognised as a function word
      }
      int i = slot(h, size);
      while (table[i] != EMPTY && table[i] != h) {
        i = (i + 1) & (size - 1);
      }
      table[i] = h;
    }
    return table;
  }

  static boolean contains(long[] table, long wordHash) {
    if (wordHash == EMPTY) {
      return false;
    }
    int mask = table.length - 1;
    for (int i = slot(wordHash, table.length); ; i = (i + 1) & mask) {
      long t = table[i];
      if (t == wordHash) {
        return true;
      }
      if (t == EMPTY) {
        return false;
      }
    }
  }

  /** An empty slot of the table. */
  private static final long EMPTY = 0L;

  /** The table slot a hash starts probing at: its top bits (the low bits feed the vector slots). */
  private static int slot(long hash, int size) {
    return (int) (hash >>> (64 - Integer.numberOfTrailingZeros(size)));
  }
}
