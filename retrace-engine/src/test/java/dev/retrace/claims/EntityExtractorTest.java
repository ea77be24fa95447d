package dev.retrace.claims;

import static dev.retrace.claims.Fixture.claims;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityExtractorTest {

  @Test
  void capitalisedSequencesLongestMatch() {
    SentenceClaims c = claims("The Russian Foreign Intelligence Service (SVR) believes NATO will act.");
    assertThat(c.entities()).containsExactly("Russian Foreign Intelligence Service", "SVR", "NATO");
  }

  @Test
  void possessiveEndsTheName() {
    assertThat(claims("Moscow's forces and Ukraine’s army clashed.").entities()).containsExactly("Moscow", "Ukraine");
  }

  @Test
  void sentenceInitialCommonWordsAreNotNames() {
    assertThat(claims("Furthermore, the plan failed.").entities()).isEmpty();
    assertThat(claims("Despite this, the losses grew.").entities()).isEmpty();
    assertThat(claims("Many of the wounded servicemen suffered.").entities()).isEmpty();
    assertThat(claims("Brewing giant Inbev agreed the deal.").entities()).containsExactly("Inbev");
    assertThat(claims("\"The West considers the plan,\" it said.").entities()).containsExactly("West");
  }

  @Test
  void aNumberGluedOnWithAHyphenIsPartOfTheName() {
    assertThat(claims("Sales of SARS-CoV-2 vaccines fell as F-16 jets flew.").entities())
        .containsExactly("SARS-CoV-2", "F-16");
    assertThat(claims("The Kyiv-based group said Ukraine - 2 sides - agreed.").entities()).contains("Kyiv", "Ukraine")
        .doesNotContain("Ukraine - 2");
  }

  @Test
  void aVerbAfterANameEndsItAsAPlace() {
    assertThat(claims("Activists in London dumped paint in front of the embassy.").places()).containsExactly("London");
    assertThat(claims("Officials at NATO headquarters said the plan was ready.").places()).isEmpty();
  }

  @Test
  void nationalitiesJoinedByAHyphenNameNoOne() {
    assertThat(claims("Belgian-Brazilian brewer Inbev is buying the stake.").entities()).containsExactly("Inbev");
  }

  @Test
  void aVerbBeforeANegativeContractionInATitleIsNotAName() {
    assertThat(claims("He produced songs for Alicia Keys (You Don't Know My Name) and Jay-Z.").entities())
        .contains("Alicia Keys").doesNotContain("Do", "Don");
  }

  @Test
  void wireTableAbbreviationsAreNotNames() {
    assertThat(claims("Qtly div 13 cts vs 13 cts prior").entities()).isEmpty();
    assertThat(claims("Shr five cts vs five cts, Mthly div unchanged").entities()).isEmpty();
    assertThat(claims("Lynn met Flynn, Byrd and the BBC in Wynn.").entities())
        .containsExactly("Lynn", "Flynn", "Byrd", "BBC", "Wynn");
  }

  @Test
  void sentenceInitialNameIsKept() {
    assertThat(claims("Newsweek has contacted NATO.").entities()).containsExactly("Newsweek", "NATO");
  }

  @Test
  void monthsAndWeekdaysAreNotNames() {
    assertThat(claims("Kyiv said on Friday that in November Russia lost troops.").entities())
        .containsExactly("Kyiv", "Russia");
  }

  @Test
  void demonymAdjectivesAreNotNames() {
    assertThat(claims("Russian casualties and North Korean soldiers were counted.").entities()).isEmpty();
    assertThat(claims("Ukrainian President Volodymyr Zelensky spoke.").entities()).containsExactly("Volodymyr Zelensky");
    assertThat(claims("It said Costa Rican officials were counted.").entities()).isEmpty();
  }

  @Test
  void aCommonWordCapitalisedAtTheStartIsNotAName() {
    assertThat(claims("Local authorities said the fire was out.").entities()).isEmpty();
    assertThat(claims("Officials in Kyiv said the talks had failed.").entities()).containsExactly("Kyiv");
    // Words WordNet also knows as names, or does not know at all, stay names at the start.
    assertThat(claims("Moscow said the talks had failed.").entities()).containsExactly("Moscow");
    assertThat(claims("Brown said the plan would work.").entities()).containsExactly("Brown");
    assertThat(claims("Gazprom said the pipeline would reopen.").entities()).containsExactly("Gazprom");
    assertThat(claims("Trump said the tariffs would stay.").entities()).containsExactly("Trump"); // "trump" is a noun too
  }

  @Test
  void aTimeWordInsideATitleIsPartOfTheName() {
    assertThat(claims("The Daily Ledger has contacted the government for comment.").entities())
        .containsExactly("Daily Ledger");
    assertThat(claims("Police told the Sunday Times that the search had ended.").entities()).contains("Sunday Times");
    assertThat(claims("On Sunday Reuters reported that the search had ended.").entities()).containsExactly("Reuters");
  }

  @Test
  void aNameBeforeANationalityAdjectiveIsStillAName() {
    assertThat(claims("They poured paint outside the London Russian embassy on Thursday.").entities())
        .containsExactly("London");
  }

  @Test
  void titlesAreSplitOff() {
    assertThat(claims("Then NATO Secretary General Jens Stoltenberg spoke.").entities())
        .contains("NATO", "Jens Stoltenberg");
    assertThat(claims("NATO's former Secretary-General Jens Stoltenberg spoke.").entities())
        .containsExactly("NATO", "Jens Stoltenberg");
    assertThat(claims("Officials met Defense Minister Rustem Umerov.").entities()).containsExactly("Rustem Umerov");
  }

  @Test
  void institutionsKeepTheirTitleWords() {
    assertThat(claims("Ukraine's General Staff and the Defense Ministry agreed.").entities())
        .containsExactly("Ukraine", "General Staff", "Defense Ministry");
  }

  @Test
  void namesJoinedByOf() {
    assertThat(claims("According to the Institute for the Study of War, forces advanced.").entities())
        .containsExactly("Institute for the Study of War");
  }

  @Test
  void placesAfterLocativePrepositions() {
    SentenceClaims c = claims("NATO ministers met in Brussels, near Antwerp, and troops came from Sudzha.");
    assertThat(c.places()).containsExactly("Brussels", "Antwerp", "Sudzha");
  }

  @Test
  void placeSuffixesAndCityOf() {
    SentenceClaims c = claims("Russia regained control over the city of Sudzha in the Kursk region and Donetsk oblast.");
    assertThat(c.places()).containsExactlyInAnyOrder("Sudzha", "Kursk region", "Donetsk oblast");
  }

  @Test
  void modifiersAfterPrepositionsAreNotPlaces() {
    assertThat(claims("Officials at NATO headquarters spoke to troops in the Ukrainian army.").places()).isEmpty();
    assertThat(claims("We see no signs of a change in Russia's goals.").places()).isEmpty();
  }

  @Test
  void directionAdjectivesBeforePlaces() {
    assertThat(claims("Fighting continued in eastern Ukraine.").places()).containsExactly("Ukraine");
  }

  @Test
  void timesAfterInAreNotPlaces() {
    assertThat(claims("The invasion began in February 2022.").places()).isEmpty();
  }
}
