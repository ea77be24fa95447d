package dev.retrace.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retrace.text.Sentence;
import dev.retrace.text.TextAnalyzer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which sentences are quoted speech, for the direction estimate's "commentary" signal. */
class QuotedSpeechTest {
  private final TextAnalyzer text = new TextAnalyzer();

  @Test
  void aQuotationRunningOverSeveralSentencesCoversTheUnmarkedMiddleOnes() {
    List<Sentence> s = text.sentences("The coach spoke after the match on Saturday. \"We were poor in the first half. "
        + "Nobody played well. We must improve before the next game,\" he said. The club is third in the table.\n"
        + "Fans were unhappy.");
    assertThat(s).hasSize(6);
    assertThat(DirectionEstimator.quoted(s, 0)).isFalse();
    assertThat(DirectionEstimator.quoted(s, 1)).isTrue();  // opens the quotation
    assertThat(DirectionEstimator.quoted(s, 2)).isTrue();  // no marks, inside the open quotation
    assertThat(DirectionEstimator.quoted(s, 3)).isTrue();  // closes it
    assertThat(DirectionEstimator.quoted(s, 4)).isFalse(); // after it closed
    assertThat(DirectionEstimator.quoted(s, 5)).isFalse(); // a new paragraph
  }

  @Test
  void anOpenQuotationDoesNotRunIntoTheNextParagraph() {
    // News style leaves a quotation open at a paragraph's end when the next paragraph continues it with a new
    // opening mark; a paragraph without one is not quoted.
    List<Sentence> s = text.sentences("\"We will appeal the ruling.\nThe company's shares fell sharply on Monday.");
    assertThat(DirectionEstimator.quoted(s, 1)).isFalse();
  }
}
