package dev.retrace.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.retrace.text.Sentence;
import dev.retrace.text.TextAnalyzer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The whole pipeline: odd input, invariants over real articles, thread safety. */
class ClaimExtractorTest {
  private static final ClaimExtractor EXTRACTOR = Fixture.EXTRACTOR;

  @Test
  void emptyAndBlankSentencesGiveEmptyClaims() {
    for (String text : new String[] {"", "   ", "\n"}) {
      SentenceClaims c = EXTRACTOR.extract(new Sentence(3, 0, text, List.of(), List.of()));
      assertThat(c.sentence()).isEqualTo(3);
      assertThat(c.quantities()).isEmpty();
      assertThat(c.times()).isEmpty();
      assertThat(c.attributions()).isEmpty();
      assertThat(c.negations()).isEmpty();
    }
  }

  @Test
  void nullSentenceGivesEmptyClaims() {
    assertThat(EXTRACTOR.extract(null).quantities()).isEmpty();
  }

  @Test
  void nonEnglishInputDoesNotFail() {
    for (String text : new String[] {"俄罗斯损失了2030名士兵。", "Россия потеряла 2030 солдат.",
        "La Russie a perdu 2 030 soldats.", "!!! ??? ...", "\"", "''", "- - -", "$", "£m", "No.", "1/", "—"}) {
      assertThatCode(() -> Fixture.claims(text)).doesNotThrowAnyException();
    }
    assertThat(Fixture.claims("俄罗斯损失了2030名士兵。").attributions()).isEmpty();
  }

  @Test
  void sentenceIndexIsKept() {
    Sentence s = new Sentence(7, 2, "Russia lost 1,950 troops.", Fixture.TOKENIZER.tokenize("Russia lost 1,950 troops."),
        List.of());
    assertThat(EXTRACTOR.extract(s).sentence()).isEqualTo(7);
  }

  @Test
  void worksOnSentencesWithoutTokens() {
    SentenceClaims c = EXTRACTOR.extract(new Sentence(0, 0, "Russia lost 1,950 troops, Ukraine reported.", List.of(),
        List.of()));
    assertThat(c.quantities()).singleElement().satisfies(q -> assertThat(q.category()).isEqualTo("casualties"));
    assertThat(c.attributions()).extracting(Attribution::source).containsExactly("Ukraine");
  }

  @Test
  void offsetsMatchTextOnEverySeedSentence() throws Exception {
    List<Sentence> sentences = seedSentences();
    assertThat(sentences).isNotEmpty();
    for (Sentence s : sentences) {
      SentenceClaims c = EXTRACTOR.extract(s);
      String t = s.text();
      c.quantities().forEach(q -> assertThat(t.substring(q.start(), q.end())).isEqualTo(q.text()));
      c.times().forEach(q -> assertThat(t.substring(q.start(), q.end())).isEqualTo(q.text()));
      c.hedges().forEach(q -> assertThat(t.substring(q.start(), q.end())).isEqualTo(q.text()));
      c.quotations().forEach(q -> assertThat(t.substring(q.start(), q.end())).isEqualTo(q.text()));
      c.attributions().forEach(a -> assertThat(a.start()).isBetween(0, a.end()));
      c.quantities().forEach(q -> assertThat(q.category() == null || Categories.all().contains(q.category())).isTrue());
    }
  }

  @Test
  void sameResultsFromManyThreads() throws Exception {
    List<Sentence> sentences = seedSentences();
    List<SentenceClaims> expected = sentences.stream().map(EXTRACTOR::extract).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<SentenceClaims>>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        futures.add(pool.submit(() -> sentences.stream().map(EXTRACTOR::extract).toList()));
      }
      for (Future<List<SentenceClaims>> f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** The seed articles when ../shared is there, else a few of their sentences. */
  private static List<Sentence> seedSentences() throws Exception {
    Path seeds = Path.of(System.getProperty("retrace.shared", "../../shared"), "seeds");
    TextAnalyzer analyzer = new TextAnalyzer();
    List<Sentence> out = new ArrayList<>();
    if (Files.isDirectory(seeds)) {
      try (Stream<Path> files = Files.list(seeds)) {
        for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          out.addAll(analyzer.sentences(Files.readString(p)));
        }
      }
    }
    if (out.isEmpty()) {
      out.addAll(analyzer.sentences("""
          A post from the ministry on X, formerly Twitter, said that Moscow's forces suffered 2,030 personnel losses \
          between November 28 and 29, the first time it has reported more than 2,000 in a single day.
          "We doubt Putin is entering negotiations with good intentions. I am not sure Putin is ready."
          Ukraine has lost 90 percent of the territory it previously captured in the Kursk region."""));
    }
    Assumptions.assumeTrue(!out.isEmpty());
    return out;
  }
}
