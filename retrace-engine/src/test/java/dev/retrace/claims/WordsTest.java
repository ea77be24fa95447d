package dev.retrace.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retrace.text.Sentence;
import dev.retrace.text.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {

  private static List<String> lows(String text) {
    Words w = Fixture.words(text);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < w.size(); i++) {
      out.add(w.low(i));
      assertThat(text.substring(w.start(i), w.end(i))).isEqualTo(w.tok(i));
    }
    return out;
  }

  @Test
  void possessivesAndClitics() {
    assertThat(lows("Russia's and Ukraine’s troops didn't go.")).containsExactly(
        "russia", "'s", "and", "ukraine", "'s", "troops", "did", "n't", "go", ".");
  }

  @Test
  void currencyAndScaleSplitFromDigits() {
    assertThat(lows("£300m and €4.5bn")).containsExactly("£", "300", "m", "and", "€", "4.5", "bn");
  }

  @Test
  void dashesSplit() {
    assertThat(lows("then-NATO 10–12 mid-2023")).containsExactly("then", "-", "nato", "10", "-", "12", "mid", "-",
        "2023");
  }

  @Test
  void numbersCutByTheTokenizerAreRejoined() {
    assertThat(lows("about $8.5bn or $1.8832")).containsExactly("about", "$", "8.5", "bn", "or", "$", "1.8832");
  }

  @Test
  void sentenceFinalPeriodIsSplitFromAName() {
    assertThat(lows("Officials met Rustem Umerov.")).endsWith("umerov", ".");
  }

  @Test
  void isoDatesAndWordHyphensStayWhole() {
    assertThat(lows("on 2024-11-11")).containsExactly("on", "2024-11-11");
  }

  @Test
  void sentenceWithoutTokensIsTokenizedByPattern() {
    Words w = Words.of(new Sentence(0, 0, "Russia lost 1,950 troops.", List.of(), List.of()));
    assertThat(w.size()).isEqualTo(5);
    assertThat(w.tok(2)).isEqualTo("1,950");
  }

  @Test
  void inconsistentTokensAreIgnored() {
    Words w = Words.of(new Sentence(0, 0, "abc", List.of(new Token("abcdef", 0, 6), new Token("abc", 0, 3)),
        List.of()));
    assertThat(w.size()).isEqualTo(1);
  }
}
