package dev.retrace.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retrace.changes.ChangeKind;
import dev.retrace.documents.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynthesizerTest {
  @TempDir
  static Path tmp;
  static List<SourceArticle> sources;

  @BeforeAll
  static void load() {
    sources = SourceLoader.bbc(SynthFixture.copy(tmp.resolve("bbc")));
  }

  @Test
  void loadsCategoriesAndTitles() {
    assertThat(sources).hasSize(SynthFixture.FILES.size());
    assertThat(sources).extracting(SourceArticle::category).containsOnly("business", "politics", "tech");
    SourceArticle tw = sources.stream().filter(s -> s.id().equals("bbc-business-ad-sales-boost-time-warner-profit")).findFirst().orElseThrow();
    assertThat(tw.document().title()).isEqualTo("Ad sales boost Time Warner profit");
    assertThat(tw.document().text()).startsWith("Quarterly profits at US media giant TimeWarner jumped 76%");
  }

  @Test
  void badFoldersAreInvalidInput() {
    assertThatThrownBy(() -> SourceLoader.bbc(tmp.resolve("missing"))).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> SourceLoader.reuters(tmp.resolve("bbc"))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Reuters");
  }

  @Test
  void sameSeedSameOutputOtherSeedOtherOutput(@TempDir Path out1, @TempDir Path out2) throws IOException {
    Synthesizer.Result a = new Synthesizer(7).generate(sources, 0, n -> {});
    Synthesizer.Result b = new Synthesizer(7).generate(sources, 0, n -> {});
    Synthesizer.Result c = new Synthesizer(8).generate(sources, 0, n -> {});
    assertThat(a.pairs()).isEqualTo(b.pairs());
    assertThat(a.pairs()).isNotEqualTo(c.pairs());
    SynthWriter.write(a, out1);
    SynthWriter.write(b, out2);
    assertThat(Files.readString(out1.resolve("pairs.jsonl"))).isEqualTo(Files.readString(out2.resolve("pairs.jsonl")));
    assertThat(Files.readString(out1.resolve("ground-truth.jsonl"))).isEqualTo(Files.readString(out2.resolve("ground-truth.jsonl")));
    try (var files = Files.list(out1.resolve("corpus"))) {
      assertThat(files.count()).isEqualTo(a.corpus().size());
    }
    String first = Files.readAllLines(out1.resolve("pairs.jsonl")).get(0);
    assertThat(first).contains("\"task\":\"derivation\"", "\"meta\":{\"derivation\":", "\"label\":1");
    assertThat(Files.readAllLines(out1.resolve("ground-truth.jsonl")).get(0)).contains("\"source_id\":\"bbc-");
  }

  @Test
  void everyDerivationIsAppliedAndRecorded() {
    Synthesizer synth = new Synthesizer(3);
    for (SourceArticle s : sources) {
      Article original = Article.parse(s.document().title(), s.document().text());
      List<String> sentences = sentences(original);
      for (Derivation d : Synthesizer.DERIVED) {
        Article copy = synth.derive(d, original, new Random(11));
        List<String> copied = sentences(copy);
        switch (d) {
          case EXACT -> assertThat(copy.text()).isEqualTo(original.text());
          case NEAR -> {
            assertThat(copy.text()).isNotEqualTo(original.text());
            assertThat(copied).anyMatch(Derivations.BOILERPLATE::contains);
          }
          case PARTIAL -> {
            assertThat(copied.size()).isLessThan(sentences.size());
            int start = Collections.indexOfSubList(sentences, copied);
            assertThat(start).as("a contiguous run of the source").isGreaterThanOrEqualTo(0);
          }
          case ABRIDGED -> {
            assertThat(copied.size()).isLessThan(sentences.size());
            assertThat(copied.get(0)).isEqualTo(Derivations.shorten(sentences.get(0), false));
          }
          case REORDERED -> {
            assertThat(copied).containsExactlyInAnyOrderElementsOf(sentences);
            assertThat(copied).isNotEqualTo(sentences);
          }
          case PARAPHRASED -> {
            assertThat(copy.text()).isNotEqualTo(original.text());
            assertThat(figures(copy.text())).as("a paraphrase keeps the figures").isEqualTo(figures(original.text()));
          }
          default -> throw new AssertionError(d);
        }
      }
    }
  }

  @Test
  void paraphraseRules() {
    assertThat(Paraphraser.reportedSpeech("\"We are delighted with the result,\" he said."))
        .isEqualTo("He said that they were delighted with the result.");
    assertThat(Paraphraser.reorderClauses("The deal will be signed next week, the company said."))
        .isEqualTo("The company said that the deal will be signed next week.");
    assertThat(Paraphraser.reorderClauses("According to the report, sales fell sharply in Asia."))
        .isEqualTo("Sales fell sharply in Asia, according to the report.");
    assertThat(Paraphraser.passive("The firm bought a rival carmaker.")).isEqualTo("A rival carmaker was bought by the firm.");
    assertThat(Synonyms.shared().of("substantial")).isPresent();
    assertThat(Synonyms.shared().of("profit")).as("noun and verb: ambiguous without a tagger").isEmpty();
  }

  @Test
  void theGapBetweenTwoShortQuotationsIsNoQuotationToReword() {
    FactEdits edits = new FactEdits(Synonyms.shared());
    String s = "Robinson had said he was \"livid\" about Kaplan's decisions on Saturday to disallow two England \"tries.\"";
    assertThat(edits.quote(s, new Random(1))).isNull();
    String quoted = "He said: \"The decisions on Saturday were wrong and the whole team deserved far better.\"";
    assertThat(edits.quote(quoted, new Random(1))).isNotNull();
  }

  @Test
  void everyEditKindIsAppliedAndRecorded() {
    FactEdits edits = new FactEdits(Synonyms.shared());
    Set<ChangeKind> applied = EnumSet.noneOf(ChangeKind.class);
    for (SourceArticle s : sources) {
      Article original = Article.parse(s.document().title(), s.document().text());
      for (ChangeKind kind : FactEdits.KINDS) {
        Article copy = original.copy();
        Edit e = edits.apply(kind, copy, new Random(5), "The Milky Way holds hundreds of billions of stars.");
        if (e == null) {
          assertThat(copy.text()).isEqualTo(original.text());
          continue;
        }
        applied.add(kind);
        assertThat(e.kind()).isEqualTo(kind.json());
        assertThat(copy.text()).contains(e.sentence()).isNotEqualTo(original.text());
        assertThat(sentences(original)).doesNotContain(e.sentence());
        if (kind == ChangeKind.ADDED_UNSUPPORTED) {
          assertThat(copy.sentenceCount()).isEqualTo(original.sentenceCount() + 1);
        } else {
          // one sentence changed, in place
          List<String> a = sentences(original);
          List<String> b = sentences(copy);
          assertThat(b).hasSameSizeAs(a);
          int differing = 0;
          for (int i = 0; i < a.size(); i++) {
            differing += a.get(i).equals(b.get(i)) ? 0 : 1;
          }
          assertThat(differing).isEqualTo(1);
          assertThat(original.text()).contains(e.from());
        }
        switch (kind) {
          case NUMBER_CHANGED -> assertThat(e.to()).isNotEqualTo(e.from()).matches(".*\\d.*");
          case CATEGORY_CHANGED -> assertThat(FactEdits.CATEGORY.get(e.from().toLowerCase())).isEqualToIgnoringCase(e.to());
          case QUOTE_ALTERED -> assertThat(e.sentence()).contains("\"" + e.to() + "\"");
          case NEGATION_CHANGED -> assertThat(e.from() + " " + e.to()).contains("not");
          case ATTRIBUTION_DROPPED -> assertThat(e.sentence()).doesNotContain(e.from());
          default -> { }
        }
      }
    }
    assertThat(applied).containsExactlyInAnyOrderElementsOf(FactEdits.KINDS);
  }

  @Test
  void quotationsRunningOverJoinedParagraphsStayOpen() {
    // BBC texts join paragraphs: a quotation over two has an opening mark at each start, a closing one at its end
    String s = "He added: \"Vieira was well wound up for it. \"I've heard different stories.";
    assertThat(Words.openAfter(s, false)).isTrue();
    assertThat(Words.insideQuote(s, s.indexOf("heard"), false)).isTrue();
    assertThat(Words.openAfter("\"We lost,\" he said. \"We will be back.\"", false)).isFalse();
    assertThat(Words.openAfter("Jimmy \"the Whirlwind \" White has admitted it.", false)).isFalse();
    Article a = Article.parse(null, "He added: \"Vieira was well wound up. \"He has apparently threatened some of our players.\" "
        + "The match ended level.");
    assertThat(a.startsInQuote(new int[] {0, 1})).isTrue();
    assertThat(a.startsInQuote(new int[] {0, 2})).isFalse();
  }

  @Test
  void figuresThatAreNamesRanksOrScoresAreNotNumberEdits() {
    Random r = new Random(1);
    assertThat(FactEdits.number("Microsoft boss Bill Gates said Xbox 2 would be part of his vision.", r)).isNull();
    assertThat(FactEdits.number("But he broke straight back to lead 4-2 in the final set.", r)).isNull();
    assertThat(FactEdits.number("Fans will mark the 10th anniversary of the kick.", r)).isNull();
    assertThat(FactEdits.number("The team trains at 1030 GMT and is now the 5/4 favourite.", r)).isNull();
    assertThat(FactEdits.number("Making a call will be quaintly pass&#233; by then.", r)).isNull();
    assertThat(FactEdits.number("The firm will cut 3,000 jobs across its plants.", r)).isNotNull();
    assertThat(FactEdits.number("About 300 people attended the rally.", r)).isNotNull();
  }

  @Test
  void editsAndShorteningLeaveQuotedWordsAndReportedCaveatsAlone() {
    assertThat(Derivations.shorten("\"The data is good, but jobs are temporary for the (Christmas) season,\" he said.", false))
        .contains("(Christmas)");
    assertThat(Derivations.shorten("Sales rose (by volume) in the third quarter.", false)).isEqualTo("Sales rose in the third quarter.");
    assertThat(Derivations.shorten("a lot of jobs are temporary for the (Christmas) season.", true)).contains("(Christmas)");
    assertThat(Paraphraser.reorderClauses("The prime minister's wife is said to have praised the court for its ruling."))
        .isNull();
    assertThat(FactEdits.hedge("Text messaging is set to smash more records in 2005.")).isNull();
    assertThat(FactEdits.hedge("Text messaging is expected to smash more records in 2005.")).isNotNull();
    assertThat(FactEdits.attribution("His friend Budd Schulberg told Vanity Fair magazine the assistant suggested the novel."))
        .isNull();
  }

  @Test
  void addedSentencesNeverGoIntoTheBoilerplateLine() {
    for (int seed = 0; seed < 30; seed++) {
      Article a = Article.parse(null, "Lead sentence here.\nSecond paragraph here.\n" + Derivations.BOILERPLATE.get(0));
      FactEdits.added(a, new Random(seed), null);
      assertThat(a.paragraphs.get(2)).containsExactly(Derivations.BOILERPLATE.get(0));
    }
  }

  @Test
  void numbersChangeClearlyAndKeepTheirFormat() {
    Random r = new Random(1);
    for (int i = 0; i < 50; i++) {
      String n = FactEdits.otherValue("3,000", null, r);
      assertThat(n).matches("\\d{1,3}(,\\d{3})*").isNotEqualTo("3,000");
      assertThat(FactEdits.otherValue("1", ".13", r)).matches("\\d+\\.\\d\\d").isNotEqualTo("1.13");
    }
  }

  @Test
  void hardNegativesAreOtherStoriesOfTheSameCategorySharingNames() {
    Synthesizer.Result r = new Synthesizer(7).generate(sources, 0, n -> {});
    List<SynthPair> negatives = r.pairs().stream().filter(p -> p.label() == 0).toList();
    assertThat(negatives).isNotEmpty();
    for (SynthPair p : negatives) {
      assertThat(p.derivation()).isEqualTo(Derivation.NONE);
      assertThat(p.b().id()).isNotEqualTo(p.a().id());
      assertThat(p.b().id()).startsWith("bbc-" + p.category() + "-");
      assertThat(p.sharedNames()).isNotEmpty();
      Set<String> common = new HashSet<>(Synthesizer.shingles(p.a().text(), 8));
      common.retainAll(Synthesizer.shingles(p.b().text(), 8));
      assertThat(common).as("no passage in common").isEmpty();
    }
    List<SynthPair> derived = r.pairs().stream().filter(p -> p.label() == 1).toList();
    assertThat(derived).extracting(SynthPair::derivation).contains(Derivation.EXACT, Derivation.NEAR,
        Derivation.PARTIAL, Derivation.ABRIDGED, Derivation.REORDERED, Derivation.PARAPHRASED);
    assertThat(r.truth()).hasSize(derived.size());
  }

  private static List<String> sentences(Article a) {
    List<String> out = new ArrayList<>();
    a.paragraphs.forEach(out::addAll);
    return out;
  }

  private static List<String> figures(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = Words.FIGURE.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    Collections.sort(out);
    return out;
  }
}
