package dev.retrace.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.IntNode;
import dev.retrace.Retrace;
import dev.retrace.documents.Document;
import dev.retrace.embeddings.SentenceModel;
import dev.retrace.pairs.Pair;
import dev.retrace.report.ComparisonReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PairJudgeTest {
  static Retrace retrace;
  static PairJudge judge;

  @BeforeAll
  static void engine() {
    retrace = Retrace.create();
    judge = new PairJudge(retrace);
  }

  private static Pair paraphrasePair(String a, String b) {
    return new Pair(1, "p", "paraphrase", Document.of("a", a), Document.of("b", b), IntNode.valueOf(1), null);
  }

  @Test
  void aSentencePairIsJudgedOnTheModelsMixOfWholeTextCosineAndAlignedSimilarity() {
    String a = "The company said its third-quarter profit rose 12 percent on strong demand for its chips.";
    String b = "Strong demand for its chips lifted the company's third-quarter profit by 12 percent, it said.";
    ComparisonReport r = retrace.compare(Document.of("a", a), Document.of("b", b));
    SentenceModel model = retrace.sentenceModel();
    double share = model.pairCosineShare();
    double expected = share * r.evidence().leadSimilarity() + (1 - share) * r.evidence().bestSimilarity();
    Prediction p = judge.judge(paraphrasePair(a, b));
    assertThat(p.score()).isCloseTo(expected, within(0.001));
    assertThat(p.decision()).isEqualTo(p.score() >= model.paraphraseSimilarity()).isTrue();
  }

  @Test
  void unrelatedSentencesAreNoParaphrase() {
    Prediction p = judge.judge(paraphrasePair("The company said its third-quarter profit rose 12 percent.",
        "Heavy rain flooded several villages in the north of the country on Sunday."));
    assertThat(p.decision()).isFalse();
  }

  @Test
  void aSummarySentenceNoSourceSentenceSupportsIsInconsistentEvenWithoutNewFacts() {
    String source = "The wildfire north of Valdora has forced 12,000 residents to leave their homes, the fire service said. "
        + "Firefighters have contained about 40 percent of the blaze. Officials said 14 people had been injured.";
    Pair faithful = new Pair(1, "c1", "consistency", Document.of("a", source), Document.of("b",
        "A wildfire north of Valdora has forced 12,000 residents from their homes. Fourteen people were hurt."),
        IntNode.valueOf(1), null);
    Pair commented = new Pair(2, "c2", "consistency", Document.of("a", source), Document.of("b",
        "A wildfire north of Valdora has forced 12,000 residents from their homes. Fourteen people were hurt. "
            + "Sadly, such tragedies have become an everyday part of modern life everywhere."),
        IntNode.valueOf(0), null);
    assertThat(judge.judge(faithful).decision()).isTrue();
    assertThat(judge.judge(commented).decision()).isFalse();
  }
}
