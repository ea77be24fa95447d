package dev.retrace.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordSenseTest {
  @Test
  void agentsAreWordsWhoseCommonestSenseIsAGroupPersonOrPlace() {
    assertThat(WordSense.agent("firm")).isTrue();
    assertThat(WordSense.agent("men")).isTrue();
    // rare senses (James Bond, a group of imports) do not make things into agents
    assertThat(WordSense.agent("bonds")).isFalse();
    assertThat(WordSense.agent("imports")).isFalse();
  }

  @Test
  void caveatWordsAreKnownOneByOne() {
    assertThat(HedgeExtractor.isCaveatWord("suspicious")).isTrue();
    assertThat(HedgeExtractor.isCaveatWord("apparently")).isTrue();
    assertThat(HedgeExtractor.isCaveatWord("heart")).isFalse();
  }
}
