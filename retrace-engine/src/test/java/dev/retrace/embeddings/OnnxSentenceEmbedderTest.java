package dev.retrace.embeddings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The encoder run on MiniLM must give langchain4j's vectors (the reference implementation of the same model);
 * batching, truncation and threading are the same code for every {@link SentenceModel}.
 */
class OnnxSentenceEmbedderTest {
  /** Varied texts, all under langchain4j's 126-word-piece limit. */
  static final List<String> TEXTS = List.of(
      "The central bank raised interest rates by a quarter of a percentage point on Thursday.",
      "Rates went up.",
      "Hello",
      "a",
      ".",
      "!!!",
      "42",
      "$2.5bn (£1.9bn) was wiped off the value of the company's shares, Reuters reported.",
      "\"We will not back down,\" the minister said, adding that talks would resume on 3 March 2024.",
      "U.S. Gen. Mark Milley told reporters in Washington that 2,030 troops had been deployed.",
      "Shares in Yukos fell 12% after the Russian government said it would auction off the firm's main unit.",
      "Le gouvernement français a annoncé mardi une hausse des impôts sur les grandes entreprises.",
      "Die Bundesregierung hat am Dienstag neue Maßnahmen gegen die Inflation beschlossen.",
      "El presidente anunció un nuevo plan económico para el año próximo.",
      "Президент заявил, что переговоры продолжатся на следующей неделе.",
      "政府周二宣布了新的经济刺激计划。",
      "東京の株式市場は今日大幅に下落した。",
      "قال الرئيس إن المحادثات ستستمر الأسبوع المقبل",
      "Café naïve résumé – coöperate façade",
      "Stocks 📉 tumbled after the announcement 🙁",
      "ALL CAPS HEADLINE: MARKETS CRASH AGAIN",
      "line one\nline two\ttabbed",
      "   padded with spaces   ",
      "The company, which employs 4,500 people across 12 countries and reported revenue of $1.2bn last year,"
          + " said on Monday that it would cut 800 jobs, close three factories in the north of England and move"
          + " part of its production to Poland, where labour costs are lower, in a restructuring it expects to"
          + " complete by the end of 2026.",
      "In a statement released late on Friday, the regulator said it had opened an investigation into"
          + " whether the merger, announced in January and valued at about £7bn including debt, would"
          + " substantially lessen competition in the supply of broadband services to small businesses.",
      "Mr Smith, 54, denies the charges.",
      "Analysts polled by Reuters had expected growth of 0.3% in the three months to September.",
      "The film took $45m (£24m) at the US box office over the weekend.",
      "Asked whether he would resign, he said: \"No.\"",
      "supercalifragilisticexpialidocious antidisestablishmentarianism pneumonoultramicroscopic",
      "1 2 3 4 5 6 7 8 9 10",
      "BBC Sport understands the deal is worth about £30m.",
      "It was the worst quarterly performance since 2009.",
      "Oil prices rose above $50 a barrel.",
      "?");

  /** The default setting: one text per ONNX run, two runs at a time. */
  static OnnxSentenceEmbedder batched;
  /** Padded batches of up to 32 texts. */
  static OnnxSentenceEmbedder padded;
  static EmbeddingModel reference;

  @BeforeAll
  static void load() {
    batched = new OnnxSentenceEmbedder(SentenceModel.MINILM, new OnnxSentenceEmbedder.Options(256, 1, 2));
    padded = new OnnxSentenceEmbedder(SentenceModel.MINILM, new OnnxSentenceEmbedder.Options(256, 32, 2));
    reference = new AllMiniLmL6V2QuantizedEmbeddingModel();
  }

  @AfterAll
  static void close() {
    batched.close();
    padded.close();
  }

  static float[] referenceVector(String text) {
    float[] v = reference.embed(TextSegment.from(text.isBlank() ? "." : text)).content().vector();
    double n = 0;
    for (float x : v) {
      n += x * x;
    }
    float[] u = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      u[i] = (float) (v[i] / Math.sqrt(n));
    }
    return u;
  }

  @Test
  void matchesLangchain4jInOneMixedBatch() {
    List<float[]> got = batched.embed(TEXTS);
    assertThat(got).hasSize(TEXTS.size());
    for (int i = 0; i < TEXTS.size(); i++) {
      double cos = SentenceEmbedder.cosine(got.get(i), referenceVector(TEXTS.get(i)));
      assertThat(cos).as("cosine for %s", TEXTS.get(i)).isGreaterThanOrEqualTo(0.999);
    }
  }

  @Test
  void matchesLangchain4jOneAtATime() {
    for (String t : TEXTS) {
      double cos = SentenceEmbedder.cosine(batched.embed(List.of(t)).get(0), referenceVector(t));
      assertThat(cos).as("cosine for %s", t).isGreaterThanOrEqualTo(0.999);
    }
  }

  @Test
  void defaultsAreOneTextPerRunAnd256Positions() {
    OnnxSentenceEmbedder.Options o = new OnnxSentenceEmbedder.Options(OnnxSentenceEmbedder.DEFAULT_MAX_TOKENS,
        OnnxSentenceEmbedder.DEFAULT_BATCH_SIZE, 1);
    assertThat(o.batchSize()).isEqualTo(1);
    assertThat(o.maxTokens()).isEqualTo(256);
  }

  @Test
  void paddedBatchesStayCloseToLangchain4j() {
    // Dynamic int8 quantisation shares one scale per batch tensor: vectors move a little with batch-mates.
    List<float[]> got = padded.embed(TEXTS);
    double sum = 0;
    for (int i = 0; i < TEXTS.size(); i++) {
      double cos = SentenceEmbedder.cosine(got.get(i), referenceVector(TEXTS.get(i)));
      assertThat(cos).as("cosine for %s", TEXTS.get(i)).isGreaterThan(0.94);
      sum += cos;
    }
    assertThat(sum / TEXTS.size()).isGreaterThan(0.98);
  }

  @Test
  void oneTextPerRunDoesNotDependOnTheOtherTexts() {
    float[] alone = batched.embed(List.of(TEXTS.get(0))).get(0);
    float[] among = batched.embed(TEXTS).get(0);
    assertThat(among).containsExactly(alone);
  }

  @Test
  void vectorsAreUnitLengthAndInInputOrder() {
    List<String> shuffled = new ArrayList<>(TEXTS);
    Collections.shuffle(shuffled, new Random(7));
    List<float[]> a = batched.embed(TEXTS);
    List<float[]> b = batched.embed(shuffled);
    for (int i = 0; i < shuffled.size(); i++) {
      float[] v = b.get(i);
      assertThat(v).hasSize(OnnxSentenceEmbedder.DIMENSION);
      assertThat(SentenceEmbedder.cosine(v, v)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
      assertThat(SentenceEmbedder.cosine(v, a.get(TEXTS.indexOf(shuffled.get(i))))).isGreaterThan(0.999);
    }
  }

  @Test
  void emptyInputsAndEmptyTexts() {
    assertThat(batched.embed(List.of())).isEmpty();
    float[] dot = batched.embed(List.of(".")).get(0);
    for (String t : List.of("", " ", "\n\t", "\u0000\u0001")) {
      assertThat(SentenceEmbedder.cosine(batched.embed(List.of(t)).get(0), dot)).as("<%s>", t).isGreaterThan(0.9999);
    }
  }

  @Test
  void readsTheTailOfLongSentencesThatLangchain4jDrops() {
    StringBuilder sb = new StringBuilder("The committee heard evidence from");
    for (int i = 0; i < 40; i++) {
      sb.append(" witness number ").append(i + 1).append(',');
    }
    String head = sb.toString();
    String a = head + " and concluded that the minister had lied.";
    String b = head + " and concluded that the minister had told the truth.";
    assertThat(batched.ids(a).length).isBetween(130, OnnxSentenceEmbedder.DEFAULT_MAX_TOKENS);
    List<float[]> v = batched.embed(List.of(a, b));
    assertThat(SentenceEmbedder.cosine(v.get(0), v.get(1))).isLessThan(0.999);
    // langchain4j (128 positions) cannot tell them apart; the 128-position setting reproduces it.
    assertThat(SentenceEmbedder.cosine(referenceVector(a), referenceVector(b))).isGreaterThan(0.9999);
    try (OnnxSentenceEmbedder short128 =
        new OnnxSentenceEmbedder(SentenceModel.MINILM, OnnxSentenceEmbedder.Options.defaults().withMaxTokens(128))) {
      assertThat(SentenceEmbedder.cosine(short128.embed(List.of(a)).get(0), referenceVector(a))).isGreaterThan(0.999);
    }
  }

  @Test
  void truncatesAtMaxTokens() {
    String huge = "word ".repeat(2000);
    assertThat(batched.ids(huge)).hasSize(OnnxSentenceEmbedder.DEFAULT_MAX_TOKENS);
    assertThat(batched.embed(List.of(huge, "short")).get(0)).hasSize(OnnxSentenceEmbedder.DIMENSION);
  }

  @Test
  void batchesAreSortedByLengthAndBounded() {
    long[][] ids = new long[100][];
    Random r = new Random(1);
    for (int i = 0; i < ids.length; i++) {
      ids[i] = new long[3 + r.nextInt(200)];
    }
    List<int[]> batches = padded.batches(ids);
    int seen = 0;
    int previousMax = 0;
    for (int[] batch : batches) {
      assertThat(batch.length).isBetween(1, padded.batchSize());
      int max = 0;
      for (int i : batch) {
        assertThat(ids[i].length).isGreaterThanOrEqualTo(previousMax);
        max = Math.max(max, ids[i].length);
      }
      assertThat(batch.length * max).isLessThanOrEqualTo(Math.max(4096, max));
      previousMax = max;
      seen += batch.length;
    }
    assertThat(seen).isEqualTo(ids.length);
  }

  @Test
  void concurrentCallersGetTheSameVectors() throws Exception {
    List<float[]> expected = batched.embed(TEXTS);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<float[]>>> futures = new ArrayList<>();
      for (int k = 0; k < 8; k++) {
        List<String> mine = new ArrayList<>(TEXTS);
        Collections.rotate(mine, k);
        int shift = k;
        futures.add(pool.submit(() -> {
          List<float[]> got = batched.embed(mine);
          padded.embed(mine);
          List<float[]> back = new ArrayList<>(got);
          Collections.rotate(back, -shift);
          return back;
        }));
      }
      for (Future<List<float[]>> f : futures) {
        List<float[]> got = f.get();
        for (int i = 0; i < TEXTS.size(); i++) {
          assertThat(got.get(i)).containsExactly(expected.get(i));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void sharedInstanceIsTheBatchedModelBehindACache() {
    SharedEmbedder shared = SharedEmbedder.shared(SentenceModel.MINILM);
    assertThat(shared).isSameAs(SharedEmbedder.shared(SentenceModel.MINILM));
    assertThat(shared.sentenceModel()).isEqualTo(SentenceModel.MINILM);
    assertThat(shared.model().sentenceModel()).isEqualTo(SentenceModel.MINILM);
    List<float[]> v = shared.embed(List.of(TEXTS.get(0), TEXTS.get(0)));
    assertThat(SentenceEmbedder.cosine(v.get(0), referenceVector(TEXTS.get(0)))).isGreaterThan(0.999);
    assertThat(v.get(0)).isNotSameAs(v.get(1)).containsExactly(v.get(1));
  }
}
