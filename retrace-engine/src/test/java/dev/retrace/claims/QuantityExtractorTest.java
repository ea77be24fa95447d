package dev.retrace.claims;

import static dev.retrace.claims.Fixture.claims;
import static dev.retrace.claims.Fixture.numbers;
import static dev.retrace.claims.Fixture.only;
import static dev.retrace.claims.Fixture.quantity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityExtractorTest {

  // ------------------------------------------------------------------ numbers

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Officials counted 2,030 ballots.|2,030|2030",
      "The survey covered 738,660 homes.|738,660|738660",
      "The index rose by 3.5 points.|3.5|3.5",
      "The fund holds 12 million bonds.|12 million|12000000",
      "About 3.5 million people voted.|3.5 million|3500000",
      "They planted a hundred trees.|a hundred|100",
      "They sold half a million tickets.|half a million|500000",
      "Two soldiers were hurt.|Two|2",
      "Twenty-five people died.|Twenty-five|25",
      "Officials found a dozen boxes.|a dozen|12",
      "Some three hundred houses burned.|three hundred|300",
  })
  void readsDigitsScalesAndNumberWords(String sentence, String number, double value) {
    Quantity q = quantity(claims(sentence), number);
    assertThat(q.value()).isCloseTo(value, within(1e-6));
  }

  @Test
  void vagueCountsAreNotFigures() {
    assertThat(claims("Dozens of people were hurt and thousands fled; tens of thousands were displaced.").quantities())
        .isEmpty();
    assertThat(claims("1,000s of people gathered.").quantities()).isEmpty();
  }

  @Test
  void sharesWrittenAsFractionsArePercentages() {
    Quantity fifth = only(claims("Alfa-Eco has a one-fifth stake in the brewer."));
    assertThat(fifth.value()).isEqualTo(20.0);
    assertThat(fifth.unit()).isEqualTo("percent");
    assertThat(only(claims("The party won two-thirds of the seats.")).value()).isEqualTo(66.7);
    assertThat(only(claims("A third of the staff left.")).value()).isEqualTo(33.3);
    assertThat(only(claims("Three quarters of the votes were counted.")).value()).isEqualTo(75.0);
    Quantity half = only(claims("Officials said more than half of the homes were damaged."));
    assertThat(half.value()).isEqualTo(50.0);
    assertThat(half.qualifier()).isEqualTo(Qualifier.MORE_THAN);
    assertThat(claims("Almost a quarter (21%) of those polled agreed.").quantities()).extracting(Quantity::value)
        .containsExactly(25.0, 21.0);
    // ordinals and periods are not shares
    assertThat(claims("Sales rose in the first half of the year.").quantities()).isEmpty();
    assertThat(claims("It won a fifth consecutive title.").quantities()).isEmpty();
  }

  @Test
  void oneAsPronounIsNotAFigure() {
    assertThat(claims("One of them was a child; no one else was hurt.").quantities()).isEmpty();
    assertThat(only(claims("Officials said one person was injured.")).unit()).isEqualTo("person");
  }

  @Test
  void identifiersAndClockTimesAreNotFigures() {
    assertThat(claims("Apollo 11 landed and F-16 jets flew at 10:30 over COVID-19 wards.").quantities()).isEmpty();
    assertThat(claims("The meeting at No. 10 ended at 5 pm.").quantities()).isEmpty();
  }

  @Test
  void ordinalsAndDatePartsAreNotFigures() {
    SentenceClaims c = claims("The 3rd attack since May 5 came on 11 November 2024 and between November 28 and 29.");
    assertThat(c.quantities()).isEmpty();
  }

  @Test
  void yearsAreTimesNotFigures() {
    assertThat(claims("The war began in 2022 and the 2014 annexation came first.").quantities()).isEmpty();
    assertThat(claims("Between 2022 and 2023 prices rose.").quantities()).isEmpty();
  }

  @Test
  void aFourDigitCountBeforeANounIsAFigure() {
    Quantity q = only(claims("Police said 2000 people marched."));
    assertThat(q.value()).isEqualTo(2000);
    assertThat(q.unit()).isEqualTo("people");
  }

  // ------------------------------------------------------------------ qualifiers

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "more than 500 people|MORE_THAN",
      "over 500 people|MORE_THAN",
      "above 500 people|MORE_THAN",
      "in excess of 500 people|MORE_THAN",
      "just over 500 people|MORE_THAN",
      "at least 500 people|AT_LEAST",
      "no fewer than 500 people|AT_LEAST",
      "about 500 people|ABOUT",
      "around 500 people|ABOUT",
      "roughly 500 people|ABOUT",
      "some 500 people|ABOUT",
      "an estimated 500 people|ABOUT",
      "approximately 500 people|ABOUT",
      "nearly 500 people|NEARLY",
      "almost 500 people|NEARLY",
      "close to 500 people|NEARLY",
      "just under 500 people|NEARLY",
      "less than 500 people|LESS_THAN",
      "fewer than 500 people|LESS_THAN",
      "under 500 people|LESS_THAN",
      "below 500 people|LESS_THAN",
      "up to 500 people|AT_MOST",
      "at most 500 people|AT_MOST",
      "no more than 500 people|AT_MOST",
      "as many as 500 people|AT_MOST",
      "500 people|EXACT",
  })
  void qualifierWordsMapToBounds(String phrase, Qualifier expected) {
    Quantity q = only(claims("Officials said " + phrase + " attended the rally."));
    assertThat(q.qualifier()).isEqualTo(expected);
    assertThat(q.text()).isEqualTo(phrase);
    assertThat(q.value()).isEqualTo(500);
  }

  @Test
  void postQualifiers() {
    assertThat(only(claims("Officials said 500 or more people attended.")).qualifier()).isEqualTo(Qualifier.AT_LEAST);
    assertThat(only(claims("Officials counted 500-plus tents.")).qualifier()).isEqualTo(Qualifier.MORE_THAN);
  }

  @Test
  void qualifierBoundsGroupSynonyms() {
    assertThat(Qualifier.MORE_THAN.bound()).isEqualTo(Qualifier.AT_LEAST.bound());
    assertThat(Qualifier.NEARLY.bound()).isEqualTo(Qualifier.Bound.UPPER);
  }

  // ------------------------------------------------------------------ ranges

  @Test
  void betweenXAndYIsARange() {
    Quantity q = only(claims("Between 10 and 12 soldiers were captured near Bakhmut."));
    assertThat(q.qualifier()).isEqualTo(Qualifier.RANGE);
    assertThat(q.value()).isEqualTo(10);
    assertThat(q.upper()).isEqualTo(12.0);
    assertThat(q.text()).isEqualTo("Between 10 and 12 soldiers");
    assertThat(q.category()).isEqualTo(Categories.CAPTURED);
  }

  @Test
  void hyphenAndToRanges() {
    Quantity dash = only(claims("Russia has 10-12 brigades there."));
    assertThat(dash.upper()).isEqualTo(12.0);
    assertThat(dash.number()).isEqualTo("10-12");
    Quantity to = only(claims("Officials said 2,000 to 3,000 troops were deployed."));
    assertThat(to.value()).isEqualTo(2000);
    assertThat(to.upper()).isEqualTo(3000.0);
  }

  @Test
  void rangeInheritsTheScaleOfItsUpperEnd() {
    Quantity q = only(claims("The plan costs $10-12 billion."));
    assertThat(q.value()).isEqualTo(10e9);
    assertThat(q.upper()).isEqualTo(12e9);
    assertThat(q.unit()).isEqualTo("usd");
  }

  @Test
  void fromXToYIsAChangeNotARange() {
    SentenceClaims c = claims("The death toll rose from 10 to 12.");
    assertThat(numbers(c)).containsExactly("10", "12");
    assertThat(c.quantities()).allSatisfy(q -> assertThat(q.upper()).isNull());
  }

  @Test
  void aDescendingPairIsNoRange() {
    assertThat(claims("The home side won 3-2.").quantities()).allSatisfy(q -> assertThat(q.upper()).isNull());
  }

  // ------------------------------------------------------------------ units

  @Test
  void moneyInSignsWordsAndAbbreviations() {
    SentenceClaims c = claims("The company reported revenue of $2.5 billion, up from 1.8 billion dollars a year "
        + "earlier, and a loss of £300m.");
    Quantity usd = quantity(c, "2.5 billion");
    assertThat(usd.value()).isEqualTo(2.5e9);
    assertThat(usd.unit()).isEqualTo("usd");
    assertThat(usd.category()).isEqualTo(Categories.MONEY);
    assertThat(usd.text()).isEqualTo("$2.5 billion");
    Quantity dollars = quantity(c, "1.8 billion");
    assertThat(dollars.unit()).isEqualTo("usd");
    assertThat(dollars.category()).isEqualTo(Categories.MONEY);
    Quantity gbp = quantity(c, "300m");
    assertThat(gbp.value()).isEqualTo(3e8);
    assertThat(gbp.unit()).isEqualTo("gbp");
    assertThat(gbp.category()).isEqualTo(Categories.MONEY);
  }

  @Test
  void euroBillionsAndMoreThanPounds() {
    SentenceClaims c = claims("Britain pledged £2.3bn in military aid, bringing its total to more than £12bn, while "
        + "the EU gave €4.5 billion.");
    assertThat(quantity(c, "2.3bn").value()).isEqualTo(2.3e9);
    assertThat(quantity(c, "12bn").qualifier()).isEqualTo(Qualifier.MORE_THAN);
    assertThat(quantity(c, "4.5 billion").unit()).isEqualTo("eur");
  }

  @Test
  void lossOfMoneyIsMoneyNotCasualties() {
    Quantity q = only(claims("The firm lost $4 million last year."));
    assertThat(q.category()).isEqualTo(Categories.MONEY);
  }

  @Test
  void moneyCueWithoutCurrency() {
    Quantity q = only(claims("Annual revenue reached 5 billion."));
    assertThat(q.category()).isEqualTo(Categories.MONEY);
    assertThat(q.unit()).isNull();
  }

  @Test
  void percentagesInAllSpellings() {
    SentenceClaims c = claims("Inflation rose to 3.5% in March, while unemployment fell 0.2 percentage points to 4.1 "
        + "per cent, and 90 percent agreed.");
    assertThat(quantity(c, "3.5").unit()).isEqualTo("percent");
    assertThat(quantity(c, "0.2").unit()).isEqualTo("pp");
    assertThat(quantity(c, "4.1").unit()).isEqualTo("percent");
    assertThat(quantity(c, "90").unit()).isEqualTo("percent");
    assertThat(c.quantities()).allSatisfy(q -> assertThat(q.category()).isEqualTo(Categories.PERCENT));
  }

  @Test
  void areaUnits() {
    SentenceClaims c = claims("Ukraine says it retook 54 square kilometres, 500 sq km and 2,356 km2 in total.");
    assertThat(c.quantities()).extracting(Quantity::unit).containsExactly("km2", "km2", "km2");
    assertThat(c.quantities()).allSatisfy(q -> assertThat(q.category()).isEqualTo(Categories.AREA));
  }

  @Test
  void areaCutBySentenceSplitter() {
    Quantity q = only(claims("NATO information states that the Ukrainian army holds less than 100 sq. km."));
    assertThat(q.unit()).isEqualTo("km2");
    assertThat(q.qualifier()).isEqualTo(Qualifier.LESS_THAN);
    assertThat(q.category()).isEqualTo(Categories.AREA);
  }

  @Test
  void countedNounSkipsAdjectivesAndNames() {
    assertThat(only(claims("NATO has information that 3,500 North Korean soldiers were sent to Russia.")).unit())
        .isEqualTo("soldiers");
    assertThat(only(claims("Officials said 2,000 more troops arrived.")).unit()).isEqualTo("troops");
  }

  @Test
  void countedNounStopsAtTheVerb() {
    assertThat(quantity(claims("Pollsters found 1 in 5 voters agree."), "5").unit()).isEqualTo("voters");
    assertThat(only(claims("Officials said 2,000 troops died.")).unit()).isEqualTo("troops");
  }

  @Test
  void ageFromYearOld() {
    Quantity q = only(claims("A 45-year-old man was arrested."));
    assertThat(q.value()).isEqualTo(45);
    assertThat(q.category()).isEqualTo(Categories.AGE);
  }

  // ------------------------------------------------------------------ categories

  @Test
  void killedAndWoundedInOneSentence() {
    SentenceClaims c = claims("The attack killed 12 people and wounded 30 others, police said on Monday.");
    assertThat(quantity(c, "12").category()).isEqualTo(Categories.DEATHS);
    assertThat(quantity(c, "30").category()).isEqualTo(Categories.WOUNDED);
  }

  @Test
  void injuredAndMissingAsPredicates() {
    SentenceClaims c = claims("At least 45 civilians were injured and five are missing after the blast.");
    assertThat(quantity(c, "45").category()).isEqualTo(Categories.WOUNDED);
    assertThat(quantity(c, "five").category()).isEqualTo(Categories.MISSING);
  }

  @Test
  void participleAloneIsACueNotAUnit() {
    Quantity q = only(claims("The storm left up to 80 dead."));
    assertThat(q.category()).isEqualTo(Categories.DEATHS);
    assertThat(q.unit()).isNull();
    assertThat(q.qualifier()).isEqualTo(Qualifier.AT_MOST);
  }

  @Test
  void woundedSoldiersAsAdjective() {
    Quantity q = only(claims("Medics treated 12 wounded soldiers."));
    assertThat(q.category()).isEqualTo(Categories.WOUNDED);
    assertThat(q.unit()).isEqualTo("soldiers");
  }

  @Test
  void deathTollVersusToll() {
    SentenceClaims c = claims("The death toll rose to 50, and the toll among soldiers reached 20.");
    assertThat(quantity(c, "50").category()).isEqualTo(Categories.DEATHS);
    assertThat(quantity(c, "50").cue()).isEqualTo("death toll");
    assertThat(quantity(c, "20").category()).isEqualTo(Categories.CASUALTIES);
  }

  @Test
  void livesAndFatalities() {
    assertThat(only(claims("The quake claimed 300 lives.")).category()).isEqualTo(Categories.DEATHS);
    assertThat(only(claims("Officials confirmed 14 fatalities.")).category()).isEqualTo(Categories.DEATHS);
  }

  @Test
  void arrestsCapturedDisplaced() {
    assertThat(only(claims("Police arrested nearly 200 protesters.")).category()).isEqualTo(Categories.ARRESTS);
    assertThat(only(claims("Hamas freed 24 hostages.")).category()).isEqualTo(Categories.CAPTURED);
    assertThat(only(claims("The storm displaced 1.2 million people.")).category()).isEqualTo(Categories.DISPLACED);
    assertThat(only(claims("Some 300 people had been evacuated.")).category()).isEqualTo(Categories.DISPLACED);
  }

  @Test
  void remainUnaccountedIsMissing() {
    Quantity q = only(claims("Officials said 25 remain unaccounted for."));
    assertThat(q.category()).isEqualTo(Categories.MISSING);
  }

  @Test
  void jobsVotesSeatsCases() {
    assertThat(only(claims("The company cut 5,000 jobs.")).category()).isEqualTo(Categories.JOBS);
    assertThat(only(claims("The bill passed with 52 votes.")).category()).isEqualTo(Categories.VOTES);
    assertThat(only(claims("The party won 300 seats.")).category()).isEqualTo(Categories.SEATS);
    assertThat(only(claims("Doctors reported 1,200 new cases.")).category()).isEqualTo(Categories.CASES);
  }

  @Test
  void lostGamesHaveNoCasualties() {
    assertThat(only(claims("The team lost 3 games.")).category()).isNull();
  }

  @Test
  void noCueNoCategory() {
    assertThat(only(claims("Officials said 11,000 are in the region.")).category()).isNull();
    assertThat(only(claims("NATO wants to deploy 100,000 peacekeepers.")).category()).isNull();
  }

  @Test
  void cueSearchDoesNotReachPastAnotherFigure() {
    SentenceClaims c = claims("Ukraine said it killed 50 soldiers and destroyed 10 tanks.");
    assertThat(quantity(c, "50").category()).isEqualTo(Categories.DEATHS);
    assertThat(quantity(c, "10").category()).isNull();
  }

  @Test
  void cueSearchStopsAtTheClause() {
    SentenceClaims c = claims("Many were killed in the attack, and 300 residents returned home.");
    assertThat(quantity(c, "300").category()).isNull();
  }

  // ------------------------------------------------------------------ found on the BBC corpus

  @Test
  void scoresCountNoCasualties() {
    SentenceClaims c = claims("Chelsea lost 2-1 and Agassi was beaten, losing 6-3 6-1.");
    assertThat(c.quantities()).isNotEmpty().allSatisfy(q -> assertThat(q.category()).isNull());
  }

  @Test
  void ageAfterAgedIsNoDeathCount() {
    Quantity q = only(claims("The singer died aged 73 in June."));
    assertThat(q.category()).isEqualTo(Categories.AGE);
    assertThat(only(claims("He died at the age of 27.")).category()).isEqualTo(Categories.AGE);
  }

  @Test
  void lostTheirJobsAndLostTheirLives() {
    assertThat(only(claims("Some 20,000 workers lost their jobs.")).category()).isEqualTo(Categories.JOBS);
    assertThat(only(claims("Some 300 soldiers lost their lives.")).category()).isEqualTo(Categories.DEATHS);
    assertThat(only(claims("Some 300 fans lost their tickets.")).category()).isNull();
  }

  @Test
  void lostWithoutPeopleIsNoCasualtyCount() {
    assertThat(only(claims("England have lost nine of their matches.")).category()).isNull();
  }

  @Test
  void savedLivesAreNoDeaths() {
    assertThat(only(claims("The vaccine could save six million lives.")).category()).isNull();
  }

  @Test
  void capitalisedNumberWordsInsideNamesAreNoFigures() {
    assertThat(claims("Robinson will miss the Six Nations.").quantities()).isEmpty();
  }

  @Test
  void gluedScaleBeforeACurrencyWord() {
    Quantity q = only(claims("EuroDisney will sell 253m euros of new shares."));
    assertThat(q.value()).isEqualTo(253e6);
    assertThat(q.unit()).isEqualTo("eur");
    assertThat(only(claims("Shares fell to 1.90 Canadian dollars.")).unit()).isEqualTo("cad");
  }

  @Test
  void numbersCutByTheTokenizerAreRejoined() {
    Quantity q = only(claims("Absa has a market value of about $8.5bn."));
    assertThat(q.value()).isEqualTo(8.5e9);
    assertThat(q.qualifier()).isEqualTo(Qualifier.ABOUT);
  }

  @Test
  void aNounCueBelongsToItsOwnFigure() {
    SentenceClaims c = claims("Officials said 3,000 jobs - out of a total workforce of 6,500 - could go.");
    assertThat(quantity(c, "3,000").category()).isEqualTo(Categories.JOBS);
    assertThat(quantity(c, "6,500").category()).isNull();
  }

  @Test
  void objectsThatAreNotPeopleTakeNoPersonCategory() {
    assertThat(only(claims("He was arrested on one charge of murder.")).category()).isNull();
  }

  @Test
  void yearBeforeAPlainNounIsATime() {
    assertThat(claims("The bank is the first to report 2004 results.").quantities()).isEmpty();
  }

  @Test
  void killedOrWoundedTogetherAreCasualties() {
    Quantity q = only(claims("The agency said its forces killed or wounded 1,500 soldiers."));
    assertThat(q.category()).isEqualTo(Categories.CASUALTIES);
    assertThat(q.cue()).isEqualTo("killed or wounded");
  }

  @Test
  void businessLossesAreNoCasualties() {
    assertThat(only(claims("The firm recovered after a 1.16 billion loss.")).category()).isEqualTo(Categories.MONEY);
    assertThat(claims("Net loss 3,035,000 vs loss 2,516,000.").quantities())
        .allSatisfy(q -> assertThat(q.category()).isNotEqualTo(Categories.CASUALTIES));
    assertThat(only(claims("A typical 25 pct loss was expected.")).category()).isEqualTo(Categories.PERCENT);
    assertThat(only(claims("Russia suffered 1,950 losses.")).category()).isEqualTo(Categories.CASUALTIES);
  }

  @Test
  void newswireAbbreviations() {
    SentenceClaims c = claims("Sales were 4.5 mln dlrs, or 29 cts a share.");
    assertThat(quantity(c, "4.5 mln").value()).isEqualTo(4.5e6);
    assertThat(quantity(c, "4.5 mln").unit()).isEqualTo("usd");
    assertThat(quantity(c, "29").unit()).isEqualTo("cents");
  }

  @Test
  void offsetsCoverTheText() {
    String s = "Officials said more than 2,000 troops and $2.5 billion were lost.";
    for (Quantity q : claims(s).quantities()) {
      assertThat(s.substring(q.start(), q.end())).isEqualTo(q.text());
    }
  }
}
