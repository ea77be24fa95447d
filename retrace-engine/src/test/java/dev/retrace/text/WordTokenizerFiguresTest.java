package dev.retrace.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A figure is one token, whatever OpenNLP's model makes of its separators; punctuation after it is not part of it. */
class WordTokenizerFiguresTest {
  private static final WordTokenizer TOKENIZER = new WordTokenizer();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "It said it had received 7,424,292 shares under the offer.|7,424,292",
      "The mill crushed 8,424 tonnes last week.|8,424",
      "The fund holds 5,424,292 shares.|5,424,292",
      "Malting barley was quoted at 2.05 dlrs.|2.05",
  })
  void aFigureIsOneToken(String sentence, String figure) {
    assertThat(texts(sentence)).contains(figure);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Sales rose in 2019, 2020 and 2021.|2019",
      "The index closed at 1,204.|1,204",
  })
  void punctuationAfterAFigureStaysApart(String sentence, String figure) {
    assertThat(texts(sentence)).contains(figure).doesNotContain(figure + ",", figure + ".");
  }

  private static List<String> texts(String sentence) {
    return TOKENIZER.tokenize(sentence).stream().map(Token::text).toList();
  }
}
