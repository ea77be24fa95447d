package dev.retrace.claims;

import static dev.retrace.claims.Fixture.claims;
import static dev.retrace.claims.Fixture.normalizedTimes;
import static dev.retrace.claims.Fixture.only;
import static dev.retrace.claims.Fixture.quantity;
import static dev.retrace.claims.Fixture.sources;
import static dev.retrace.claims.Fixture.time;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The sentences of the three seed articles (../shared/seeds) that the brief names, claim by claim. */
class SeedSentencesTest {

  @Test
  void postFromTheMinistryReportsPersonnelLossesOverARangeOfDays() {
    SentenceClaims c = claims("A post from the ministry on X, formerly Twitter, said that Moscow's forces suffered "
        + "2,030 personnel losses between November 28 and 29, the first time it has reported more than 2,000 in a "
        + "single day.");
    Quantity losses = quantity(c, "2,030");
    assertThat(losses.value()).isEqualTo(2030);
    assertThat(losses.category()).isEqualTo(Categories.CASUALTIES);
    assertThat(losses.unit()).isEqualTo("personnel");
    assertThat(losses.cue()).isEqualTo("personnel losses");
    assertThat(losses.qualifier()).isEqualTo(Qualifier.EXACT);

    Quantity record = quantity(c, "2,000");
    assertThat(record.qualifier()).isEqualTo(Qualifier.MORE_THAN);
    assertThat(record.text()).isEqualTo("more than 2,000");
    assertThat(record.unit()).isNull();
    assertThat(record.category()).isNull();

    TimeExpression range = time(c, "between November 28 and 29");
    assertThat(range.kind()).isEqualTo(TimeExpression.Kind.DATE);
    assertThat(range.normalized()).isEqualTo("11-28/11-29");
    assertThat(time(c, "in a single day").normalized()).isEqualTo("P1D");

    assertThat(c.attributions()).first().satisfies(a -> {
      assertThat(a.source()).isEqualTo("the ministry");
      assertThat(a.verb()).isEqualTo("said");
      assertThat(a.names()).containsExactly("ministry");
      assertThat(a.generic()).isTrue();
    });
    assertThat(c.quantities()).extracting(Quantity::number).doesNotContain("28", "29");
  }

  @Test
  void personnelKilledAreDeathsNotCasualties() {
    SentenceClaims c = claims("On Friday, Ukraine’s defense ministry announced that 2,030 Russian personnel were "
        + "killed between November 28 and 29, marking the highest single-day loss for Russia since the start of "
        + "the war.");
    Quantity q = only(c);
    assertThat(q.value()).isEqualTo(2030);
    assertThat(q.category()).isEqualTo(Categories.DEATHS);
    assertThat(q.unit()).isEqualTo("personnel");
    assertThat(q.cue()).isEqualTo("killed");
    assertThat(normalizedTimes(c)).contains("friday", "11-28/11-29", "P1D", "since the start of the war");
    assertThat(c.attributions()).singleElement().satisfies(a -> {
      assertThat(a.source()).isEqualTo("Ukraine’s defense ministry");
      assertThat(a.names()).containsExactly("ukraine", "defense", "ministry");
      assertThat(a.verb()).isEqualTo("announced");
      assertThat(a.generic()).isFalse();
    });
  }

  @Test
  void troopsLostAreCasualtiesAndTheDateIsNotAFigure() {
    SentenceClaims c = claims("The previous highest daily casualty count was on November 11, when Russia lost 1,950 "
        + "troops, Ukraine reported.");
    Quantity q = only(c);
    assertThat(q.value()).isEqualTo(1950);
    assertThat(q.category()).isEqualTo(Categories.CASUALTIES);
    assertThat(q.unit()).isEqualTo("troops");
    assertThat(q.cue()).isEqualTo("lost");
    assertThat(time(c, "November 11").normalized()).isEqualTo("11-11");
    assertThat(sources(c)).containsExactly("Ukraine");
  }

  @Test
  void previousRecordOfDeathsWasReportedEarlierThisMonth() {
    SentenceClaims c = claims("The previous record of 1,950 deaths in a single day was reported earlier this month.");
    Quantity q = only(c);
    assertThat(q.category()).isEqualTo(Categories.DEATHS);
    assertThat(q.unit()).isEqualTo("deaths");
    assertThat(time(c, "in a single day").normalized()).isEqualTo("P1D");
    TimeExpression rel = time(c, "earlier this month");
    assertThat(rel.kind()).isEqualTo(TimeExpression.Kind.RELATIVE);
    assertThat(c.attributions()).singleElement().satisfies(a -> {
      assertThat(a.source()).isEmpty();
      assertThat(a.generic()).isTrue();
      assertThat(a.verb()).isEqualTo("was reported");
    });
  }

  @Test
  void casualtyTotalThisMonthIsCasualties() {
    SentenceClaims c = claims("Ukraine also reported that the latest losses bring Russia's casualty total this month "
        + "to 42,250, making November the deadliest month for the country's troops since the full-scale invasion "
        + "began.");
    Quantity q = only(c);
    assertThat(q.value()).isEqualTo(42250);
    assertThat(q.category()).isEqualTo(Categories.CASUALTIES);
    assertThat(q.cue()).isEqualTo("casualty");
    assertThat(normalizedTimes(c)).contains("this month", "november", "since the full-scale invasion began");
    assertThat(sources(c)).containsExactly("Ukraine");
  }

  @Test
  void novemberContributingDeathsIsDeathsAndTotalCasualtiesIsCasualties() {
    SentenceClaims c = claims("If Ukraine's figures are accurate, Russia's total casualties since the invasion began in "
        + "February 2022 have reached 738,660, with November alone contributing 42,250 deaths, making it the "
        + "deadliest month for Russian forces in the conflict so far.");
    assertThat(quantity(c, "738,660").category()).isEqualTo(Categories.CASUALTIES);
    assertThat(quantity(c, "42,250").category()).isEqualTo(Categories.DEATHS);
    assertThat(time(c, "February 2022").normalized()).isEqualTo("2022-02");
    assertThat(Fixture.numbers(c)).doesNotContain("2022");
    assertThat(Fixture.hedgeKinds(c)).contains(Hedge.Kind.CONDITIONAL);
  }

  @Test
  void totalNumberOfCasualtiesReachesAcrossTheClause() {
    SentenceClaims c = claims("If Ukraine's latest figures are accurate, this would bring Russia's total number of "
        + "casualties since Vladimir Putin launched his full-scale invasion of Ukraine in February 2022 to 738,660.");
    Quantity q = only(c);
    assertThat(q.value()).isEqualTo(738660);
    assertThat(q.category()).isEqualTo(Categories.CASUALTIES);
    assertThat(c.hedges()).singleElement().satisfies(h -> {
      assertThat(h.kind()).isEqualTo(Hedge.Kind.CONDITIONAL);
      assertThat(h.text()).isEqualTo("If Ukraine's latest figures are accurate");
    });
  }

  @Test
  void atLeastAMillionMobilizedUkrainians() {
    SentenceClaims c = claims("It believes that NATO countries want to train at least a million mobilized Ukrainians "
        + "and \"restore the Ukrainian military-industrial complex.\"");
    Quantity q = only(c);
    assertThat(q.value()).isEqualTo(1e6);
    assertThat(q.number()).isEqualTo("a million");
    assertThat(q.qualifier()).isEqualTo(Qualifier.AT_LEAST);
    assertThat(q.unit()).isEqualTo("ukrainians");
    assertThat(Units.family(q.unit())).isEqualTo(Units.PEOPLE);
    assertThat(q.category()).isNull();
    assertThat(c.attributions()).singleElement().satisfies(a -> {
      assertThat(a.source()).isEqualTo("It");
      assertThat(a.generic()).isTrue();
      assertThat(a.verb()).isEqualTo("believes");
    });
    assertThat(c.quotations()).singleElement().satisfies(qt -> {
      assertThat(qt.text()).isEqualTo("restore the Ukrainian military-industrial complex");
      assertThat(qt.speaker()).isEqualTo("It");
    });
  }

  @Test
  void peacekeepersAreAUnitWithoutCategory() {
    SentenceClaims c = claims("Russia has claimed that NATO is planning to deploy 100,000 peacekeepers in Ukraine as "
        + "part of its plan to prepare Kyiv for \"revenge.\"");
    Quantity q = only(c);
    assertThat(q.value()).isEqualTo(100000);
    assertThat(q.unit()).isEqualTo("peacekeepers");
    assertThat(Units.family(q.unit())).isEqualTo(Units.MILITARY);
    assertThat(q.category()).isNull();
    assertThat(c.attributions()).singleElement().satisfies(a -> {
      assertThat(a.source()).isEqualTo("Russia");
      assertThat(a.verb()).isEqualTo("claimed");
      assertThat(a.names()).containsExactly("russia");
    });
    assertThat(c.quotations()).extracting(Quotation::text).containsExactly("revenge");
    assertThat(c.places()).contains("Ukraine");
  }

  @Test
  void lostMoreThanNineHundredThousandOfWhomKilled() {
    SentenceClaims c = claims("Since the start of the war in Ukraine, the Russian army has lost more than 900,000 "
        + "people, of whom 250,000 have been killed, NATO says.");
    Quantity lost = quantity(c, "900,000");
    assertThat(lost.category()).isEqualTo(Categories.CASUALTIES);
    assertThat(lost.qualifier()).isEqualTo(Qualifier.MORE_THAN);
    assertThat(lost.unit()).isEqualTo("people");
    Quantity killed = quantity(c, "250,000");
    assertThat(killed.category()).isEqualTo(Categories.DEATHS);
    assertThat(killed.qualifier()).isEqualTo(Qualifier.EXACT);
    assertThat(sources(c)).containsExactly("NATO");
    assertThat(c.attributions().get(0).verb()).isEqualTo("says");
    assertThat(time(c, "Since the start of the war").kind()).isEqualTo(TimeExpression.Kind.RELATIVE);
  }

  @Test
  void ninetyPercentOfTerritoryInTheKurskRegion() {
    SentenceClaims c = claims("Ukraine has lost 90 percent of the territory it previously captured in the Kursk region.");
    Quantity q = only(c);
    assertThat(q.value()).isEqualTo(90);
    assertThat(q.unit()).isEqualTo("percent");
    assertThat(q.category()).isEqualTo(Categories.PERCENT);
    assertThat(c.places()).containsExactly("Kursk region");
  }

  @Test
  void casualtiesHitMoreThanTwoThousandTroops() {
    SentenceClaims c = claims("It came as Russian casualties hit more than 2,000 troops in a single day, Ukraine's "
        + "defense ministry said Friday morning—breaking a bleak record set only weeks ago.");
    Quantity q = only(c);
    assertThat(q.text()).isEqualTo("more than 2,000 troops");
    assertThat(q.category()).isEqualTo(Categories.CASUALTIES);
    assertThat(q.cue()).isEqualTo("casualties");
    assertThat(sources(c)).containsExactly("Ukraine's defense ministry");
    assertThat(normalizedTimes(c)).contains("P1D", "friday", "weeks ago");
  }

  @Test
  void lossesHitOverTwoThousandTroopsInJustOneDay() {
    SentenceClaims c = claims("Ukraine reported that Russian losses hit over 2,000 troops in just one day, breaking a "
        + "previous record for Russian casualties.");
    Quantity q = only(c);
    assertThat(q.qualifier()).isEqualTo(Qualifier.MORE_THAN);
    assertThat(q.category()).isEqualTo(Categories.CASUALTIES);
    assertThat(time(c, "in just one day").normalized()).isEqualTo("P1D");
  }

  @Test
  void troopsLostInADayAndCasualtiesOverTwoDays() {
    SentenceClaims c = claims("This came only one day after Kyiv said 1,770 troops had been lost in a day by Moscow, "
        + "for a total of 3,720 casualties sustained over the two days, breaking grim records two days in a row.");
    assertThat(Fixture.numbers(c)).containsExactly("1,770", "3,720");
    assertThat(quantity(c, "1,770").category()).isEqualTo(Categories.CASUALTIES);
    assertThat(quantity(c, "3,720").category()).isEqualTo(Categories.CASUALTIES);
    assertThat(normalizedTimes(c)).contains("P1D after", "P1D", "P2D");
    assertThat(sources(c)).containsExactly("Kyiv");
  }

  @Test
  void skepticalAndCautiousAnalystsAreTheSameHedge() {
    assertThat(Fixture.hedgeKinds(claims("Russia does not publicize its military losses and analysts are skeptical of "
        + "casualty reports from both sides."))).containsExactly(Hedge.Kind.SKEPTICISM);
    assertThat(Fixture.hedgeKinds(claims("Russia does not typically release its own casualty data, and analysts "
        + "remain cautious of casualty figures from both sides."))).containsExactly(Hedge.Kind.SKEPTICISM);
  }

  @Test
  void noEvidenceHedgesInBothWordings() {
    SentenceClaims a = claims("No evidence has been provided for this claim and earlier this year, then-NATO Secretary "
        + "General Jens Stoltenberg said the alliance had \"no intention of deploying forces in Ukraine.\"");
    SentenceClaims b = claims("The SVR's statement, issued Friday, did not provide any evidence to support these "
        + "claims.");
    assertThat(Fixture.hedgeKinds(a)).containsExactly(Hedge.Kind.NO_EVIDENCE);
    assertThat(Fixture.hedgeKinds(b)).containsExactly(Hedge.Kind.NO_EVIDENCE);
    assertThat(sources(a)).containsExactly("then-NATO Secretary General Jens Stoltenberg");
    assertThat(a.entities()).contains("Jens Stoltenberg", "NATO");
    assertThat(sources(b)).containsExactly("The SVR");
    assertThat(b.attributions().get(0).verb()).isEqualTo("statement");
  }

  @Test
  void stoltenbergStatedInBothCopiesHasTheSameNames() {
    SentenceClaims a = claims("Earlier this year, NATO's former Secretary-General Jens Stoltenberg firmly stated that "
        + "the alliance had \"no intention of deploying forces in Ukraine.\"");
    assertThat(a.attributions()).singleElement().satisfies(at -> {
      assertThat(at.names()).containsExactly("nato", "secretary", "general", "jens", "stoltenberg");
      assertThat(at.verb()).isEqualTo("stated");
    });
    assertThat(a.quotations()).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("no intention of deploying forces in Ukraine");
      assertThat(q.speaker()).isEqualTo("NATO's former Secretary-General Jens Stoltenberg");
    });
  }

  @Test
  void svrArguedAndItContinuedAreInvertedAttributions() {
    assertThat(sources(claims("NATO's potential deployment of peacekeepers is portrayed as the West’s way of "
        + "addressing these challenges, the SVR argued."))).containsExactly("the SVR");
    SentenceClaims c = claims("\"NATO headquarters understands that without providing the Ukrainian Armed Forces with "
        + "sufficient weapons, the expectation is unrealistic,\" it continued.");
    assertThat(c.attributions()).singleElement().satisfies(a -> {
      assertThat(a.source()).isEqualTo("it");
      assertThat(a.verb()).isEqualTo("continued");
      assertThat(a.generic()).isTrue();
    });
    assertThat(c.quotations()).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("it"));
  }

  @Test
  void foreignIntelligenceServiceKeepsItsAcronym() {
    SentenceClaims c = claims("The Russian Foreign Intelligence Service (SVR) believes several NATO countries will "
        + "\"occupy Ukraine under the guise of deploying a 'peacekeeping contingent' in the country,\" it said in a "
        + "press release on Friday.");
    assertThat(sources(c)).containsExactly("The Russian Foreign Intelligence Service (SVR)", "it");
    assertThat(c.attributions().get(0).names()).contains("svr", "intelligence", "service");
    assertThat(c.quotations()).singleElement().satisfies(q -> assertThat(q.text()).isEqualTo(
        "occupy Ukraine under the guise of deploying a 'peacekeeping contingent' in the country"));
    assertThat(c.entities()).contains("Russian Foreign Intelligence Service", "SVR", "NATO");
  }

  @Test
  void thousandPeopleADayKilledAndWoundedAreCasualties() {
    SentenceClaims c = claims("The Russian army continues to lose more than 1,000 people a day - killed and wounded, "
        + "but the recruitment of new recruits is currently covering the losses, NATO sources say.");
    Quantity q = only(c);
    assertThat(q.category()).isEqualTo(Categories.CASUALTIES);
    assertThat(time(c, "a day").normalized()).isEqualTo("P1D");
    assertThat(c.attributions()).singleElement().satisfies(a -> {
      assertThat(a.source()).isEqualTo("NATO sources");
      assertThat(a.generic()).isFalse();
    });
  }

  @Test
  void seriousLossesThenOfWhomKilled() {
    SentenceClaims c = claims("The North Korean military has also suffered serious losses - 5,000 people, of whom "
        + "1,500 were killed.");
    assertThat(quantity(c, "5,000").category()).isEqualTo(Categories.CASUALTIES);
    assertThat(quantity(c, "1,500").category()).isEqualTo(Categories.DEATHS);
  }

  @Test
  void soldiersInTheRegionHaveNoCategory() {
    SentenceClaims c = claims("Russia has regained full control over the city of Sudzha, which the Alliance explains "
        + "by its numerical superiority: there are now about 70,000 Russian soldiers in the Kursk region.");
    Quantity q = only(c);
    assertThat(q.qualifier()).isEqualTo(Qualifier.ABOUT);
    assertThat(q.unit()).isEqualTo("soldiers");
    assertThat(q.category()).isNull();
    assertThat(c.places()).contains("Sudzha", "Kursk region");
  }

  @Test
  void seniorOfficialButSaidReusesTheSource() {
    SentenceClaims c = claims("The NATO official told reporters he did not know whether the Ukrainian troop withdrawal "
        + "from Sudzha was related to the U.S. intelligence cutoff, but said the week-long pause had affected "
        + "Ukraine's defense efforts.");
    assertThat(c.attributions()).extracting(Attribution::verb).containsExactly("told", "said");
    assertThat(sources(c)).containsExactly("The NATO official", "The NATO official");
    assertThat(time(c, "week-long").normalized()).isEqualTo("P1W");
    assertThat(c.negations()).extracting(Negation::cue).containsExactly("not");
  }
}
