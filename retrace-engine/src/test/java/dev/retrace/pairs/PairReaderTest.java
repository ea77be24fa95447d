package dev.retrace.pairs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Texts given inline in a pairs file are read as file texts are: page chrome is not content. */
class PairReaderTest {

  @Test
  void pageChromeInAnInlineArticleIsDropped() {
    String a = "Send this page to someone via email\\n\\nActivists in London poured paint outside the embassy on "
        + "Thursday.\\n\\nStory continues below advertisement\\n\\nThe activists said they used 170 litres of paint.";
    PairLine line = PairReader.parse("{\"id\": \"p1\", \"a\": \"" + a + "\", \"b\": \"Activists poured paint.\"}", 1,
        "pairs.jsonl");
    assertThat(line.pair().a().text()).isEqualTo("Activists in London poured paint outside the embassy on Thursday.\n"
        + "The activists said they used 170 litres of paint.");
    assertThat(line.pair().a().title()).isNull();
  }

  @Test
  void aSentenceIsKeptWholeAndATextOfNothingButChromeIsKeptAsItIs() {
    PairLine line = PairReader.parse("{\"id\": \"p2\", \"a\": \"Read more\", \"b\": \"Comments\"}", 1, "pairs.jsonl");
    assertThat(line.pair().a().text()).isEqualTo("Read more");
    assertThat(line.pair().b().text()).isEqualTo("Comments");
  }
}
