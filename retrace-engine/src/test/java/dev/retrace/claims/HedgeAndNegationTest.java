package dev.retrace.claims;

import static dev.retrace.claims.Fixture.claims;
import static dev.retrace.claims.Fixture.hedgeKinds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retrace.claims.Hedge.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HedgeAndNegationTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "If Ukraine's latest figures are accurate, the toll is high.|CONDITIONAL|If Ukraine's latest figures are accurate",
      "If confirmed, it would be a record.|CONDITIONAL|If confirmed",
      "Assuming the report is true, losses rose.|CONDITIONAL|Assuming the report is true",
      "No evidence has been provided for this claim.|NO_EVIDENCE|No evidence",
      "The statement did not provide any evidence to support these claims.|NO_EVIDENCE|did not provide any evidence",
      "He made the claim without evidence.|NO_EVIDENCE|without evidence",
      "He made the claim without providing evidence.|NO_EVIDENCE|without providing evidence",
      "The ministry provided no proof.|NO_EVIDENCE|no proof",
      "The allegations are unsubstantiated.|NO_EVIDENCE|unsubstantiated",
      "The claims could not be independently verified.|UNVERIFIED|could not be independently verified",
      "Reuters could not independently confirm the report.|UNVERIFIED|could not independently confirm",
      "The figures have not been confirmed.|UNVERIFIED|have not been confirmed",
      "The figures are unverified.|UNVERIFIED|unverified",
      "Newsweek was unable to verify the claims.|UNVERIFIED|was unable to verify",
      "Analysts are skeptical of casualty reports.|SKEPTICISM|Analysts are skeptical",
      "Analysts remain cautious of casualty figures.|SKEPTICISM|Analysts remain cautious",
      "We doubt Putin is sincere.|SKEPTICISM|doubt",
      "Experts questioned the figures.|SKEPTICISM|questioned",
      "He was reportedly detained.|REPORTED|reportedly",
      "He was allegedly beaten.|REPORTED|allegedly",
      "He was apparently beaten.|REPORTED|apparently",
      "The alleged attack took place at night.|REPORTED|alleged",
      "Officials claim to have destroyed 30 tanks.|REPORTED|claim to",
      "He is said to be in Moscow.|REPORTED|is said to",
      "The talks may resume.|MODAL|may",
      "The talks might resume.|MODAL|might",
      "The talks could resume.|MODAL|could",
      "The talks will possibly resume.|MODAL|possibly",
      "The talks are likely to resume.|MODAL|likely",
      "Russia is unlikely to suffer a defeat.|MODAL|unlikely",
      "The talks appear to have stalled.|MODAL|appear to",
      "He is believed to be in Moscow.|MODAL|is believed to",
      "Russia is expected to push Ukraine out.|MODAL|is expected to",
  })
  void findsHedge(String sentence, Kind kind, String text) {
    SentenceClaims c = claims(sentence);
    assertThat(c.hedges()).as("hedges of: %s", sentence).anySatisfy(h -> {
      assertThat(h.kind()).isEqualTo(kind);
      assertThat(h.text()).isEqualTo(text);
    });
  }

  @Test
  void unverifiedIsNotAlsoModal() {
    assertThat(hedgeKinds(claims("The claims could not be independently verified."))).containsExactly(Kind.UNVERIFIED);
  }

  @Test
  void mayAsMonthIsNoHedge() {
    assertThat(claims("The talks resumed on May 5.").hedges()).isEmpty();
    assertThat(claims("The talks resumed in May.").hedges()).isEmpty();
  }

  @Test
  void noDoubtIsNoSkepticism() {
    assertThat(claims("There is no doubt the plan failed.").hedges()).isEmpty();
  }

  @Test
  void plainStatementHasNoHedge() {
    assertThat(claims("Russia lost 1,950 troops on November 11.").hedges()).isEmpty();
  }

  @Test
  void hedgeOffsetsCoverTheText() {
    String s = "If the figures are accurate, the claims could not be independently verified and may be wrong.";
    for (Hedge h : claims(s).hedges()) {
      assertThat(s.substring(h.start(), h.end())).isEqualTo(h.text());
    }
  }

  // ------------------------------------------------------------------ negations

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Russia does not publicize its losses.|not",
      "Officials didn't say.|n't",
      "Officials didn’t say.|n't",
      "He never said that.|never",
      "No troops were sent.|no",
      "None of them returned.|none",
      "Nobody was hurt.|nobody",
      "Nothing was found.|nothing",
      "Neither side agreed.|neither",
      "He came without weapons.|without",
      "They cannot leave.|cannot",
      "The army failed to advance.|failed to",
      "He was unable to pay the debt.|unable to",
      "The rebels were unwilling to negotiate.|unwilling to",
      "The Kremlin denied the report.|denied",
      "It will no longer be ready.|no",
      "The rights expire on April 3 unless extended.|unless",
  })
  void negationCues(String sentence, String cue) {
    assertThat(cues(sentence)).containsExactly(cue);
  }

  /** A negation inside a caveat belongs to the caveat; hedge checks compare it. */
  @Test
  void negationInsideACaveatIsNotTheClaimsNegation() {
    assertThat(cues("The army said it killed 45 militants but provided no evidence.")).isEmpty();
    assertThat(cues("The claim could not be independently verified.")).isEmpty();
    assertThat(cues("The army did not say how many militants it killed.")).containsExactly("not");
  }

  @Test
  void neitherNor() {
    assertThat(cues("Neither Kyiv nor Moscow commented.")).containsExactly("neither", "nor");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "We will not only rebuild, we will grow.",
      "It was not just late but wrong.",
      "There is no doubt the plan worked.",
      "No matter what happens, talks go on.",
      "The meeting at No. 10 ended.",
      "Officials said no more than 100 people came.",
      "It is nothing but a show.",
      "Whether or not they agree, talks go on.",
      "Not least among the problems is cost.",
      "The plan, not to mention its cost, was criticised.",
  })
  void fixedExpressionsDoNotNegate(String sentence) {
    assertThat(cues(sentence)).isEmpty();
  }

  @Test
  void negationsAreListedInOrder() {
    assertThat(cues("He does not believe they will no longer fight, and never said so."))
        .containsExactly("not", "no", "never");
  }

  /**
   * What a cue negates: the first two content words after it in its clause, past auxiliaries, indefinites and
   * manner adverbs.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The army did not say how many militants it killed.|say militants",
      "Nobody was hurt in the blast.|hurt blast",
      "A member with no party affiliation spoke.|party affiliation",
      "The company did not immediately respond to a request.|respond request",
      "The rights have not yet been extended.|extended",
      "Officials failed to reach an agreement.|reach agreement",
      "No family members were present.|family members",
      "The Kremlin denied the report.|report",
      "The company didn't report anything about a decline in sales.|report decline",
      "The rights expire on April 3 unless extended.|extended",
  })
  void aNegationKnowsWhatItNegates(String sentence, String negated) {
    assertThat(claims(sentence).negations()).singleElement().extracting(Negation::negated)
        .isEqualTo(List.of(negated.split(" ")));
  }

  @Test
  void aCueNegatesUpToTheNextCue() {
    assertThat(claims("They are not being held without trial.").negations())
        .containsExactly(new Negation("not", List.of("held")), new Negation("without", List.of("trial")));
  }

  @Test
  void aCueAtTheEndOfItsClauseNegatesNothingNamed() {
    assertThat(claims("He said no, and left.").negations()).singleElement().extracting(Negation::negated)
        .isEqualTo(List.of());
  }

  private static List<String> cues(String sentence) {
    return claims(sentence).negations().stream().map(Negation::cue).toList();
  }
}
