package dev.retrace.sketches;

import com.dynatrace.hash4j.hashing.HashValue128;
import com.dynatrace.hash4j.hashing.Hasher128;
import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Computes an article's {@link Sketch} in one pass over its text: content hash (hash4j xxh3-128), MinHash of
 * word 5-shingles ({@link OnePermutationMinHash}) with LSH band keys, the fact fingerprint and a hashed term
 * vector.
 *
 * <p>The tokenizer is written by hand rather than taken from Lucene: it must produce words, sentence starts,
 * capitalisation and quotation state in the same pass, and Lucene's StandardTokenizer alone runs at about
 * 80 MB/s, twice the budget of the whole sketch (docs/BENCHMARKS.md). Words are hashed once (hash4j komihash) and
 * a shingle's hash is combined from its words' hashes instead of hashing its characters again.
 *
 * <p>Not thread-safe (it reuses buffers); use one per thread.
 */
public final class Sketcher {
  /** Words per shingle: 5 is long enough that shared shingles mean shared sentences, not shared phrases. */
  public static final int SHINGLE = 5;
  /**
   * LSH: 20 bands of 6 components. A pair with 5-shingle Jaccard 0.8 shares a band with probability
   * 1-(1-0.8^6)^20 = 0.998; at 0.5 with 0.27, and at 0.3 with 0.015, which the signature estimate then filters.
   */
  public static final int BANDS = 20;
  public static final int ROWS = 6;
  /** Dimensions of the hashed term vector: enough to keep topics apart, small enough for HNSW to be cheap. */
  public static final int VECTOR_DIMENSIONS = 256;
  /** A very long article keeps its first facts; the cap bounds index size, not recall (rewrites keep the lead). */
  static final int MAX_FACTS = 400;
  /** Rare-term proxy: long words are rarer; IDF at query time does the rest. */
  private static final int RARE_WORD_LENGTH = 7;

  private static final Hasher64 WORD_HASH = Hashing.komihash5_0();
  private static final long[] FUNCTION_WORDS = FunctionWords.hashes(WORD_HASH);
  private static final Hasher128 CONTENT_HASH = Hashing.xxh3_128();
  private static final Hasher64[] BAND_HASH = new Hasher64[BANDS];

  static {
    for (int b = 0; b < BANDS; b++) {
      BAND_HASH[b] = Hashing.komihash5_0(0x5eed0000L + b);
    }
  }

  private final OnePermutationMinHash minHasher = new OnePermutationMinHash(BANDS * ROWS);
  private final CharSlice word = new CharSlice();
  private final CharSlice normalized = new CharSlice();
  private final long[] window = new long[SHINGLE];
  private long[] shingles = new long[1024];

  // per-text state
  private int shingleCount;
  private int words;
  private final Set<String> facts = new LinkedHashSet<>();
  private final StringBuilder name = new StringBuilder();
  private int nameWords;
  private String lastNameWord;
  private final String[] quote = new String[3];
  private int quoteWords;
  private boolean inQuote;
  private boolean sentenceStart;
  private String pendingNumber;
  private float[] vector;

  public Sketch sketch(String text) {
    reset();
    int n = text.length();
    int i = 0;
    boolean pendingSpace = false;
    while (i < n) {
      char c = text.charAt(i);
      if (letterOrDigit(c)) {
        int end = tokenEnd(text, i, n);
        if (pendingSpace && normalized.length() > 0) {
          normalized.append(' ');
        }
        pendingSpace = false;
        token(text, i, end);
        i = end;
        continue;
      }
      if (Character.isWhitespace(c)) {
        pendingSpace = true;
        if (c == '\n') {
          endName();
          sentenceStart = true;
          inQuote = false; // a quotation left open does not run into the next paragraph
          quoteWords = 0;
        }
      } else {
        if (pendingSpace && normalized.length() > 0) {
          normalized.append(' ');
        }
        pendingSpace = false;
        normalized.append(lower(c));
        punctuation(c);
      }
      i++;
    }
    endName();
    return finish();
  }

  private void reset() {
    shingleCount = 0;
    words = 0;
    facts.clear();
    name.setLength(0);
    nameWords = 0;
    quoteWords = 0;
    inQuote = false;
    sentenceStart = true;
    pendingNumber = null;
    normalized.clear();
    vector = new float[VECTOR_DIMENSIONS];
  }

  /** A token is a run of letters and digits, with '.' or ',' inside a number ("2,030", "5.93") or "U.S." kept. */
  private static int tokenEnd(String text, int start, int n) {
    int i = start + 1;
    while (i < n) {
      char c = text.charAt(i);
      if (letterOrDigit(c)) {
        i++;
      } else if ((c == '.' || c == ',' || c == '\'') && i + 1 < n && letterOrDigit(text.charAt(i + 1))
          && (c != ',' || Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1)))) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  /** {@link Character#isLetterOrDigit}, answered from a table for ASCII (most of the text). */
  private static boolean letterOrDigit(char c) {
    return c < 128 ? ASCII_ALNUM[c] : Character.isLetterOrDigit(c);
  }

  /** {@link Character#toLowerCase(char)}, without the Unicode look-up for ASCII. */
  private static char lower(char c) {
    return c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
  }

  private static final boolean[] ASCII_ALNUM = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_ALNUM[c] = Character.isLetterOrDigit(c);
    }
  }

  private void token(String text, int start, int end) {
    boolean capitalised = Character.isUpperCase(text.charAt(start));
    boolean hasDigit = false;
    word.clear();
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      hasDigit |= c <= '9' ? c >= '0' : c >= 128 && Character.isDigit(c);
      char lower = lower(c);
      word.append(lower);
      normalized.append(lower);
    }
    long hash = WORD_HASH.hashCharsToLong(word);
    words++;
    shingle(hash);
    boolean function = FunctionWords.contains(FUNCTION_WORDS, hash);

    if (!function && word.length >= 3 && !hasDigit) {
      int slot = (int) ((hash >>> 33) % VECTOR_DIMENSIONS);
      vector[slot] += (hash & 1) == 0 ? 1f : -1f;
    }
    String lower = null;
    if (pendingNumber != null && !hasDigit && !function && word.length >= 3) {
      lower = word.toString();
      addFact("n:" + pendingNumber + " " + lower);
    }
    pendingNumber = null;
    if (hasDigit) {
      endName();
      String number = numberTerm();
      if (number != null) {
        addFact("n:" + number);
        pendingNumber = number;
      }
    } else if (capitalised && !function) {
      lower = lower == null ? word.toString() : lower;
      if (!sentenceStart || nameWords > 0) {
        if (nameWords > 0) {
          name.append(' ');
        }
        name.append(lower);
        nameWords++;
        lastNameWord = lower;
      }
    } else {
      endName();
      if (!function && word.length >= RARE_WORD_LENGTH) {
        lower = lower == null ? word.toString() : lower;
        addFact("w:" + lower);
      }
    }
    if (inQuote) {
      quote(lower == null ? word.toString() : lower);
    }
    sentenceStart = false;
  }

  private void punctuation(char c) {
    endName();
    pendingNumber = null;
    if (c == '"') {
      inQuote = !inQuote;
      quoteWords = 0;
      if (inQuote) {
        sentenceStart = true; // a quotation starts with a capital whatever the word
      }
    } else if (c == '.' || c == '!' || c == '?' || c == ':') {
      sentenceStart = true;
    }
  }

  /** "2,030" → "2030"; one-digit numbers ("3 people") are too common to mean anything. */
  private String numberTerm() {
    char[] cs = word.chars;
    int len = word.length;
    int digits = 0;
    int commas = 0;
    for (int k = 0; k < len; k++) {
      char c = cs[k];
      if (c == ',') {
        commas++;
      } else if (Character.isDigit(c)) {
        digits++;
      }
    }
    int kept = len - commas;
    if (digits < 2 && kept <= digits + 1) {
      return null;
    }
    if (commas == 0) {
      return new String(cs, 0, len);
    }
    char[] out = new char[kept];
    int j = 0;
    for (int k = 0; k < len; k++) {
      if (cs[k] != ',') {
        out[j++] = cs[k];
      }
    }
    return new String(out);
  }

  private void quote(String w) {
    if (quoteWords < 3) {
      quote[quoteWords++] = w;
    } else {
      quote[0] = quote[1];
      quote[1] = quote[2];
      quote[2] = w;
    }
    if (quoteWords == 3) {
      addFact("q:" + quote[0] + " " + quote[1] + " " + quote[2]);
    }
  }

  /** A run of capitalised words is a name; its last word alone too, as later mentions use the surname. */
  private void endName() {
    if (nameWords > 1 || nameWords == 1 && name.length() >= 2) { // "X" alone is an initial, not a name
      addFact("p:" + name);
      if (nameWords > 1 && lastNameWord.length() >= 3) {
        addFact("p:" + lastNameWord);
      }
    }
    name.setLength(0);
    nameWords = 0;
  }

  private void addFact(String term) {
    if (facts.size() < MAX_FACTS) {
      facts.add(term);
    }
  }

  private void shingle(long wordHash) {
    window[words % SHINGLE] = wordHash;
    if (words >= SHINGLE) {
      addShingle(combine(window, words % SHINGLE, SHINGLE));
    }
  }

  /**
   * Combines word hashes, oldest first, into one shingle hash: a polynomial over the ring of longs, then
   * Murmur3's finaliser to spread the bits. Written by hand because hashing the shingle's characters again
   * would cost five times the word hashing.
   */
  private static long combine(long[] ring, int newest, int count) {
    long h = 0;
    for (int k = 1; k <= count; k++) {
      h = h * 0x9E3779B97F4A7C15L + ring[(newest + k) % SHINGLE];
    }
    return OnePermutationMinHash.mix(h);
  }

  private void addShingle(long h) {
    if (shingleCount == shingles.length) {
      shingles = Arrays.copyOf(shingles, shingleCount * 2);
    }
    shingles[shingleCount++] = h;
  }

  private Sketch finish() {
    if (words > 0 && words < SHINGLE) {
      // too short for one 5-shingle: the whole text is its only shingle
      addShingle(combine(window, words % SHINGLE, words));
    }
    HashValue128 content = CONTENT_HASH.hashCharsTo128Bits(normalized);
    byte[] signature;
    long[] bands;
    if (shingleCount == 0) {
      signature = new byte[0];
      bands = new long[0];
    } else {
      signature = minHasher.signature(shingles, shingleCount);
      bands = new long[BANDS];
      int bytesPerBand = signature.length / BANDS;
      for (int b = 0; b < BANDS; b++) {
        bands[b] = BAND_HASH[b].hashBytesToLong(signature, b * bytesPerBand, bytesPerBand);
      }
    }
    return new Sketch(new ContentHash(content.getMostSignificantBits(), content.getLeastSignificantBits()), signature,
        bands, List.copyOf(new ArrayList<>(facts)), unit(vector), words);
  }

  private static float[] unit(float[] v) {
    double sum = 0;
    for (float x : v) {
      sum += x * x;
    }
    if (sum > 0) {
      float inv = (float) (1 / Math.sqrt(sum));
      for (int k = 0; k < v.length; k++) {
        v[k] *= inv;
      }
    }
    return v;
  }

  /** A reusable, growable char buffer seen as a CharSequence, so words are hashed without a String each. */
  private static final class CharSlice implements CharSequence {
    char[] chars = new char[64];
    int length;

    void clear() {
      length = 0;
    }

    void append(char c) {
      if (length == chars.length) {
        chars = Arrays.copyOf(chars, length * 2);
      }
      chars[length++] = c;
    }

    @Override
    public int length() {
      return length;
    }

    @Override
    public char charAt(int index) {
      return chars[index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new String(chars, start, end - start);
    }

    @Override
    public String toString() {
      return new String(chars, 0, length);
    }
  }
}
