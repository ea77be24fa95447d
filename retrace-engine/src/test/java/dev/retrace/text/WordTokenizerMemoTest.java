package dev.retrace.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The memoised tokenizer must give exactly OpenNLP's tokens. */
class WordTokenizerMemoTest {
  static final List<String> SENTENCES = List.of(
      "Russia's defence ministry said 2,030 troops (about 3.5% of the force) had left on Tuesday.",
      "U.S. Gen. Mark Milley didn't say whether the $2.5bn deal -- agreed in Jan. 2024 -- would stand.",
      "\"We won't back down,\" she said.  'Never!'",
      "e-mail: press@example.com, http://example.com/a?b=c; tel. +44 (0)20 7946 0000",
      "Shares fell 12%... then rose 3.5 p.c. to £1.20/share on the FTSE-100.",
      "line one\nline two\tafter a tab\u00a0and a no-break space",
      "Le gouvernement français a annoncé mardi une hausse des impôts.",
      "a", "", "   ", "...", "A.B.C. and D.E.F.'s", "Mr. O'Neill's co-workers' cars' tyres");

  @Test
  void sameTokensAsOpenNlp() {
    WordTokenizer t = new WordTokenizer();
    for (int pass = 0; pass < 2; pass++) { // the second pass is served from the memo
      for (String s : SENTENCES) {
        assertThat(t.tokenize(s)).as(s).isEqualTo(t.tokenizeUncached(s));
      }
    }
  }

  @Test
  void sameTokensOnTheSharedCorpusWhenPresent() throws IOException {
    Path bbc = Path.of(System.getProperty("retrace.shared", "../../shared"), "corpora/bbc/news/business");
    if (!Files.isDirectory(bbc)) {
      return; // the corpus is optional for unit tests
    }
    WordTokenizer t = new WordTokenizer();
    SentenceSplitter splitter = new SentenceSplitter();
    List<Path> files;
    try (Stream<Path> list = Files.list(bbc)) {
      files = list.sorted().limit(120).toList();
    }
    List<String> sentences = new ArrayList<>();
    for (Path f : files) {
      splitter.split(Files.readString(f)).forEach(p -> sentences.add(p.text()));
    }
    assertThat(sentences).hasSizeGreaterThan(1000);
    for (String s : sentences) {
      assertThat(t.tokenize(s)).as(s).isEqualTo(t.tokenizeUncached(s));
    }
  }
}
