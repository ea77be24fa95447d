package dev.retrace.claims;

import static dev.retrace.claims.Fixture.claims;
import static dev.retrace.claims.Fixture.sources;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retrace.claims.Attribution.Certainty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttributionExtractorTest {

  /** The sentence's one attribution, checked to name {@code source} with {@code verb}. */
  private static Attribution frame(String sentence, String source, String verb) {
    Attribution a = single(sentence);
    assertThat(a.source()).isEqualTo(source);
    assertThat(a.verb()).isEqualTo(verb);
    return a;
  }

  private static Attribution single(String sentence) {
    SentenceClaims c = claims(sentence);
    assertThat(c.attributions()).as("attributions of: %s", sentence).hasSize(1);
    return c.attributions().get(0);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The SVR said NATO wants a freeze.|The SVR|said",
      "Russia has claimed that NATO is planning a deployment.|Russia|claimed",
      "The SVR alleges that NATO aims to freeze the conflict.|The SVR|alleges",
      "Furthermore, the SVR contends that weapons are lacking.|the SVR|contends",
      "NATO estimates that the situation remains complex.|NATO|estimates",
      "NATO information states that the army holds the town.|NATO|states",
      "The organization argued that the plan would fail.|The organization|argued",
      "Kremlin spokesman Dmitry Peskov said on Monday that talks were possible.|Kremlin spokesman Dmitry Peskov|said",
      "He warned that the war would go on.|He|warned",
      "The firms were not admitting any guilt, the FSA added.|the FSA|added",
      "His wealth fell to £75m last year, according to the Sunday Times.|the Sunday Times|according to",
      "Officials told reporters the border was closed.|Officials|told",
      "The Russian intelligence agency also believes NATO countries plan to act.|The Russian intelligence agency|believes",
      "Russia has accused NATO of planning to deploy troops.|Russia|accused",
  })
  void subjectBeforeVerb(String sentence, String source, String verb) {
    frame(sentence, source, verb);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The plan was the West's way of solving problems, the SVR argued.|the SVR|argued",
      "Russia lost 1,950 troops, Ukraine reported.|Ukraine|reported",
      "Its approach has not changed, NATO said.|NATO|said",
      "The fighting continues, said the ministry.|the ministry|said",
      "The fighting continues, said Ukraine's defense ministry in a statement.|Ukraine's defense ministry|said",
  })
  void invertedAttribution(String sentence, String source, String verb) {
    frame(sentence, source, verb);
  }

  /** A speaker set off by commas inside the sentence reports it as one at the end would. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "While progress had been made, she added, a gap in pay remained.|she|added",
      "The economy, the minister said, is growing.|the minister|said",
      "The fighting continued, the report added, despite a truce.|the report|added",
  })
  void speakerAside(String sentence, String source, String verb) {
    frame(sentence, source, verb);
  }

  /** ", saying ...": the speaker is the subject the sentence opens with, if it can speak. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "She also unveiled a new campaign, arguing that sexism was still holding women back.|She|arguing",
      "The company cut 500 jobs on Monday, saying demand had fallen.|The company|saying",
      "The Bank of England held rates, warning that inflation would rise.|The Bank of England|warning",
      "Police arrested two men, saying they had found weapons.|Police|saying",
      "Hewitt spoke in London, saying the plan would work.|Hewitt|saying",
  })
  void participleReportsTheOpeningSubject(String sentence, String source, String verb) {
    Attribution a = frame(sentence, source, verb);
    assertThat(sentence.substring(a.start(), a.end())).isEqualTo(verb);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "In May, prices rose sharply, adding to pressure on the bank.",
      "Prices rose, suggesting inflation is back.",
      "Shares fell 5%, adding to losses.",
      "The storm hit the coast, warning residents of worse to come.",
  })
  void participleWithoutASpeakingSubjectIsNoAttribution(String sentence) {
    assertThat(claims(sentence).attributions()).isEmpty();
  }

  @Test
  void participleDoesNotRepeatTheSentencesOwnSpeaker() {
    assertThat(claims("Ms Hewitt also announced a new drive, saying sexism at work was still holding women back.")
        .attributions()).singleElement().extracting(Attribution::verb).isEqualTo("announced");
  }

  @Test
  void accordingToWithPersonName() {
    Attribution a = single("Ten soldiers were captured, according to Defense Secretary Lloyd Austin.");
    assertThat(a.source()).isEqualTo("Defense Secretary Lloyd Austin");
    assertThat(a.verb()).isEqualTo("according to");
    assertThat(a.names()).containsExactly("defense", "secretary", "lloyd", "austin");
    assertThat(a.generic()).isFalse();
  }

  @Test
  void accordingToDataNamesTheOwner() {
    Attribution a = single("According to NATO data, Russia has lost more than 900,000 military personnel.");
    assertThat(a.source()).isEqualTo("NATO");
    assertThat(a.names()).containsExactly("nato");
  }

  @Test
  void accordingToAnInstitutionWithInnerPrepositions() {
    Attribution a = single("According to the Institute for the Study of War, Russian forces advanced.");
    assertThat(a.source()).isEqualTo("the Institute for the Study of War");
    assertThat(a.names()).containsExactly("institute", "study", "war");
  }

  @Test
  void documentAuthorBehindAnAside() {
    Attribution a = single("A post from the ministry on X, formerly Twitter, said that forces suffered losses.");
    assertThat(a.source()).isEqualTo("the ministry");
  }

  @Test
  void subjectBehindARelativeClause() {
    Attribution a = single("The minister, who spoke on condition of anonymity, said 40 soldiers had died.");
    assertThat(a.source()).isEqualTo("The minister");
  }

  @Test
  void possessiveDocumentIsAnAttribution() {
    Attribution a = single("The SVR's statement, issued Friday, did not provide any evidence.");
    assertThat(a.source()).isEqualTo("The SVR");
    assertThat(a.verb()).isEqualTo("statement");
    assertThat(a.names()).containsExactly("svr");
  }

  @Test
  void possessiveFiguresInBothWordingsAttributeAlike() {
    assertThat(single("If Ukraine's figures are accurate, the toll is high.").source()).isEqualTo("Ukraine");
    assertThat(single("If Ukraine's latest figures are accurate, the toll is high.").source()).isEqualTo("Ukraine");
  }

  @Test
  void pronounsAndGenericHeadsAreGeneric() {
    assertThat(single("It believes that NATO wants war.").generic()).isTrue();
    assertThat(single("It believes that NATO wants war.").names()).isEmpty();
    assertThat(single("The organization argued that the plan would fail.").generic()).isTrue();
    assertThat(single("Officials said the road was closed.").generic()).isTrue();
    assertThat(single("Analysts said the road was closed.").generic()).isTrue();
    assertThat(single("Moscow's actions matter, the senior official said.").generic()).isTrue();
    assertThat(single("A senior NATO official said the road was closed.").generic()).isFalse();
    assertThat(single("Russian officials said the road was closed.").generic()).isFalse();
  }

  @Test
  void namesDropDeterminersPossessivesAndTitlesAdjectives() {
    Attribution a = single("A senior NATO official said at a briefing in Brussels that losses were high.");
    assertThat(a.source()).isEqualTo("A senior NATO official");
    assertThat(a.names()).containsExactly("nato", "official");
  }

  @Test
  void passiveWithoutAgent() {
    Attribution a = single("No casualties were reported.");
    assertThat(a.source()).isEmpty();
    assertThat(a.generic()).isTrue();
    assertThat(a.verb()).isEqualTo("were reported");
    assertThat(single("It is assumed that Russia will continue.").verb()).isEqualTo("is assumed");
  }

  @Test
  void passiveWithAgent() {
    Attribution a = single("The figures were reported by the Kyiv Independent.");
    assertThat(a.source()).isEqualTo("the Kyiv Independent");
    assertThat(a.generic()).isFalse();
  }

  @Test
  void certainty() {
    assertThat(single("Officials confirmed that 12 people died.").certainty()).isEqualTo(Certainty.ASSERTED);
    assertThat(single("The report revealed that 12 people died.").certainty()).isEqualTo(Certainty.ASSERTED);
    assertThat(single("Officials admitted that 12 people died.").certainty()).isEqualTo(Certainty.ASSERTED);
    assertThat(single("Officials claimed that 12 people died.").certainty()).isEqualTo(Certainty.REPORTED);
    assertThat(single("Officials said that 12 people died.").certainty()).isEqualTo(Certainty.REPORTED);
  }

  @Test
  void continuingVerbWithoutACommaBeforeItsSubjectIsNoAttribution() {
    assertThat(claims("Shelling resumed overnight and the fighting continues.").attributions()).isEmpty();
    assertThat(claims("Talks broke down in March, and the strike continued.").attributions()).isEmpty();
  }

  @Test
  void negatedConfirmationIsNoAttribution() {
    assertThat(claims("Reuters could not independently confirm the report.").attributions()).isEmpty();
  }

  @Test
  void nounUsesOfReportingVerbsAreNotAttributions() {
    assertThat(claims("Analysts are skeptical of casualty reports from both sides.").attributions()).isEmpty();
    assertThat(claims("The reported losses reflect the intensity of the war.").attributions()).isEmpty();
    assertThat(claims("There was no evidence to support these claims.").attributions()).isEmpty();
    assertThat(claims("Russia continues to recruit enough people.").attributions()).isEmpty();
    assertThat(claims("Russia maintains its advantage and dynamics.").attributions()).isEmpty();
  }

  @Test
  void weakVerbsAtTheClauseEnd() {
    assertThat(single("\"The losses are growing,\" the official summed up.").verb()).isEqualTo("summed up");
    assertThat(single("\"We are ready,\" it continued.").verb()).isEqualTo("continued");
    assertThat(single("\"We are ready,\" the senior NATO official stressed.").source())
        .isEqualTo("the senior NATO official");
  }

  @Test
  void coordinatedVerbReusesTheSource() {
    SentenceClaims c = claims("The official told reporters he did not know, but said the pause had an effect.");
    assertThat(sources(c)).containsExactly("The official", "The official");
  }

  @Test
  void reportingVerbsInsideQuotesAreNotTheFrame() {
    SentenceClaims c = claims("\"The West says it will help,\" the SVR said.");
    assertThat(sources(c)).containsExactly("the SVR");
  }

  @Test
  void toldTakesTheSpeakerNotTheHearer() {
    Attribution a = single("\"Mercedes is the worry,\" Michael Rabb, an analyst with Bank Sal Oppenheim, told Reuters.");
    assertThat(a.source()).isEqualTo("Michael Rabb");
    assertThat(a.verb()).isEqualTo("told");
  }

  @Test
  void reducedPassiveWithAgent() {
    Attribution a = single("The total cost of fraud reported by consumers was high.");
    assertThat(a.source()).isEqualTo("consumers");
  }

  @Test
  void subjectNeverCrossesATime() {
    assertThat(single("This came only one day after Kyiv said 1,770 troops had been lost.").source())
        .isEqualTo("Kyiv");
  }

  @Test
  void offsetsCoverSourceAndVerb() {
    String s = "Russia lost 1,950 troops, Ukraine reported.";
    Attribution a = single(s);
    assertThat(s.substring(a.start(), a.end())).isEqualTo("Ukraine reported");
  }
}
