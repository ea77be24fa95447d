package dev.retrace.embeddings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled models: names, the shipped centroid, and what centring does to bge's similarity scale. */
class SentenceModelTest {
  /** Ten news sentences on unrelated subjects. */
  static final List<String> UNRELATED = List.of(
      "The central bank raised interest rates by a quarter of a percentage point on Thursday.",
      "The striker scored twice in the second half to give his side a 3-1 win.",
      "Heavy rain caused flooding in several villages in the north of the country.",
      "The film took $45m at the US box office over the weekend.",
      "Mr Smith, 54, denies the charges.",
      "The company said it would cut 800 jobs and close three factories.",
      "Scientists have found water ice near the moon's south pole.",
      "Voters will go to the polls in May to elect a new parliament.",
      "The museum reopened after a two-year renovation costing £12m.",
      "Oil prices rose above $50 a barrel.");

  static OnnxSentenceEmbedder bge;
  static OnnxSentenceEmbedder bgeRaw;

  @BeforeAll
  static void load() {
    OnnxSentenceEmbedder.Options o = OnnxSentenceEmbedder.Options.defaults().withParallelism(2);
    bge = new OnnxSentenceEmbedder(SentenceModel.BGE_SMALL, o);
    bgeRaw = new OnnxSentenceEmbedder(SentenceModel.BGE_SMALL, o, false);
  }

  @AfterAll
  static void close() {
    bge.close();
    bgeRaw.close();
  }

  static double meanPairwiseCosine(List<float[]> v) {
    double sum = 0;
    int n = 0;
    for (int i = 0; i < v.size(); i++) {
      for (int j = i + 1; j < v.size(); j++) {
        sum += SentenceEmbedder.cosine(v.get(i), v.get(j));
        n++;
      }
    }
    return sum / n;
  }

  @Test
  void namesAreWhatUsersTypeAndUnknownNamesListTheChoices() {
    assertThat(SentenceModel.byId("bge-small")).isEqualTo(SentenceModel.BGE_SMALL);
    assertThat(SentenceModel.byId(" MiniLM ")).isEqualTo(SentenceModel.MINILM);
    assertThatThrownBy(() -> SentenceModel.byId("gpt"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'gpt'").hasMessageContaining("bge-small").hasMessageContaining("minilm");
  }

  @Test
  void onlyBgeIsCentredAndItsCentroidIsTheLargeCommonDirection() {
    assertThat(SentenceModel.MINILM.centred()).isFalse();
    assertThat(SentenceModel.MINILM.centroid()).isNull();
    float[] c = SentenceModel.BGE_SMALL.centroid();
    assertThat(c).hasSize(SentenceModel.DIMENSION);
    double squaredNorm = 0;
    for (float x : c) {
      squaredNorm += x * x;
    }
    assertThat(squaredNorm).isBetween(0.25, 0.6);
  }

  @Test
  void centringPutsUnrelatedSentencesNearZeroAndKeepsParaphrasesHigh() {
    List<float[]> raw = bgeRaw.embed(UNRELATED);
    List<float[]> centred = bge.embed(UNRELATED);
    assertThat(meanPairwiseCosine(raw)).isGreaterThan(0.25);
    assertThat(meanPairwiseCosine(centred)).isBetween(-0.15, 0.15);
    for (float[] v : centred) {
      assertThat(SentenceEmbedder.cosine(v, v)).isCloseTo(1.0, Offset.offset(1e-5));
    }
    List<float[]> p = bge.embed(List.of(
        "The company said it would cut 800 jobs and close three factories.",
        "Three factories will shut and 800 staff will lose their jobs, the firm said."));
    double paraphrase = SentenceEmbedder.cosine(p.get(0), p.get(1));
    assertThat(paraphrase).isGreaterThan(0.6);
    // Centring is monotone for a fixed pair of lengths: the paraphrase still outranks every unrelated pair.
    for (int i = 1; i < centred.size(); i++) {
      assertThat(SentenceEmbedder.cosine(centred.get(0), centred.get(i))).isLessThan(paraphrase);
    }
  }

  @Test
  void centroidFilesAreCheckedForTheirLength() throws Exception {
    String good = "# comment\n" + "0.5\n".repeat(SentenceModel.DIMENSION);
    assertThat(parse(good)).hasSize(SentenceModel.DIMENSION).contains(0.5f);
    assertThatThrownBy(() -> parse("0.5\n0.25\n")).hasMessageContaining("expected 384 values, found 2");
    assertThatThrownBy(() -> parse("0.5\nabc\n")).hasMessageContaining("not a number: abc");
  }

  static float[] parse(String text) throws Exception {
    return SentenceModel.parseCentroid(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test");
  }

  @Test
  void eachModelHasOneSharedInstance() {
    assertThat(SharedEmbedder.shared(SentenceModel.BGE_SMALL)).isSameAs(SharedEmbedder.shared(SentenceModel.BGE_SMALL))
        .isNotSameAs(SharedEmbedder.shared(SentenceModel.MINILM));
    assertThat(SharedEmbedder.shared(SentenceModel.BGE_SMALL).model().sentenceModel()).isEqualTo(SentenceModel.BGE_SMALL);
  }
}
