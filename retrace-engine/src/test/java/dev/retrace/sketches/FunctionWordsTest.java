package dev.retrace.sketches;

import static org.assertj.core.api.Assertions.assertThat;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import dev.retrace.text.ContentTerms;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The hash table of function words finds every shipped function word and no content word. */
class FunctionWordsTest {
  private static final Hasher64 HASH = Hashing.komihash5_0();
  private static final long[] TABLE = FunctionWords.hashes(HASH);

  @Test
  void everyShippedFunctionWordIsFound() {
    int n = 0;
    for (Object word : ContentTerms.functionWords()) {
      String w = new String((char[]) word).toLowerCase(Locale.ROOT);
      assertThat(FunctionWords.contains(TABLE, HASH.hashCharsToLong(w))).as(w).isTrue();
      n++;
    }
    assertThat(n).isGreaterThan(100);
    assertThat(Integer.bitCount(TABLE.length)).isEqualTo(1);
    assertThat(TABLE.length).isGreaterThanOrEqualTo(4 * n);
  }

  @Test
  void contentWordsAndTheEmptyMarkerAreNotFunctionWords() {
    for (String w : new String[] {"casualties", "ukraine", "2030", "stoltenberg", "killed", "peacekeeping", "x"}) {
      assertThat(FunctionWords.contains(TABLE, HASH.hashCharsToLong(w))).as(w).isFalse();
    }
    assertThat(FunctionWords.contains(TABLE, 0L)).isFalse();
  }
}
