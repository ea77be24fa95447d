package dev.retrace.sketches;

import com.dynatrace.hash4j.hashing.Hasher64;
import dev.retrace.text.ContentTerms;
import java.util.Arrays;
import java.util.Locale;
import org.apache.lucene.analysis.CharArraySet;

/**
 * English function words ("the", "which", "although" ...), which carry no fact: the list the text package
 * ships, looked up by word hash. The sketcher hashes every word anyway (for its shingles); a binary search of
 * that hash among the function words' hashes costs a fraction of a CharArraySet look-up, which hashes and
 * compares the characters again (12% of the sketch time in a profile). Two distinct words sharing a 64-bit
 * hash is not a practical concern for a list of a few hundred.
 */
final class FunctionWords {
  private FunctionWords() {}

  /** The function words' hashes under {@code hasher}, sorted for {@link #contains}. */
  static long[] hashes(Hasher64 hasher) {
    CharArraySet set = ContentTerms.functionWords();
    long[] out = new long[set.size()];
    int n = 0;
    for (Object word : set) {
      out[n++] = hasher.hashCharsToLong(new String((char[]) word).toLowerCase(Locale.ROOT));
    }
    Arrays.sort(out);
    return out;
  }

  static boolean contains(long[] hashes, long wordHash) {
    return Arrays.binarySearch(hashes, wordHash) >= 0;
  }
}
