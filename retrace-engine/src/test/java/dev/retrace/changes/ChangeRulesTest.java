package dev.retrace.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Changed periods and repeated figures, counted nouns after bare figures, caveats counted one for one, and a
 * second speaker that does not stand in for a dropped one: each rule found where present, silent where not.
 */
class ChangeRulesTest {
  private static SentenceInArticle article;

  @BeforeAll
  static void setUp() {
    article = new SentenceInArticle("The committee published its annual review of the department on Tuesday morning. ");
  }

  private static List<ChangeKind> kinds(String a, String b) {
    return article.kinds(a, b);
  }

  private static final String PERIOD = "The review found the application was processed in %s, far faster than the average case.";

  @Test
  void periodOfAnotherLengthIsNumberChange() {
    assertThat(kinds(PERIOD.formatted("52 days"), PERIOD.formatted("78 days"))).contains(ChangeKind.NUMBER_CHANGED);
    assertThat(kinds(PERIOD.formatted("52 days"), PERIOD.formatted("52 days"))).doesNotContain(ChangeKind.NUMBER_CHANGED);
    String before = "The party's constitution requires %s before any leadership ballot can take place.";
    assertThat(kinds(before.formatted("70 days"), before.formatted("53 days"))).contains(ChangeKind.NUMBER_CHANGED);
    assertThat(kinds(before.formatted("70 days"), before.formatted("70 days"))).doesNotContain(ChangeKind.NUMBER_CHANGED);
  }

  @Test
  void yearsAgoWithAnotherFigureIsNumberChangeNotWhatBecameOfTheDay() {
    String ago = "An Australian pleaded guilty%s to manslaughter in the death %s of an American who fell from a clifftop.";
    List<ChangeKind> changed = kinds(ago.formatted(" on Thursday", "35 years ago"), ago.formatted("", "32 years ago"));
    assertThat(changed).contains(ChangeKind.NUMBER_CHANGED).doesNotContain(ChangeKind.TIME_CHANGED);
    assertThat(kinds(ago.formatted(" on Thursday", "35 years ago"), ago.formatted("", "35 years ago")))
        .doesNotContain(ChangeKind.NUMBER_CHANGED, ChangeKind.TIME_CHANGED);
  }

  @Test
  void aQuotationMisspeltOrWithAnotherSmallWordIsAMinorAlteration() {
    String source = "It will be back on the table again and again, depending on the continued support of members";
    assertThat(quoteAltered(source, source.replace("will", "wil"))).containsExactly(Severity.MINOR);
    assertThat(quoteAltered(source, source.replace("depending on the", "depending on the the")))
        .containsExactly(Severity.MINOR);
    // another word, a negation, another country: the speaker is quoted as saying something else
    assertThat(quoteAltered(source, source.replace("again and again", "again and forever")))
        .containsExactly(Severity.MAJOR);
    assertThat(quoteAltered(source, source.replace("will be", "will not be"))).containsExactly(Severity.MAJOR);
    assertThat(quoteAltered("We import goods from Austria every year", "We import goods from Australia every year"))
        .containsExactly(Severity.MAJOR);
  }

  /** Severities of the quotation changes between two versions of one quoted sentence. */
  private static List<Severity> quoteAltered(String quoted, String requoted) {
    String said = "The commissioner said: \"%s,\" adding that talks would resume.";
    return severities(ChangeKind.QUOTE_ALTERED, said.formatted(quoted), said.formatted(requoted));
  }

  @Test
  void aColourSwappedForAnotherIsAChangedThing() {
    String paint = "Activists poured gallons of yellow and %s paint on the road outside the embassy.";
    assertThat(kinds(paint.formatted("blue"), paint.formatted("white"))).contains(ChangeKind.ENTITY_CHANGED);
    assertThat(kinds(paint.formatted("blue"), paint.formatted("blue"))).isEmpty();
    // a shade of the same colour, or another spelling of it, is not another colour
    assertThat(kinds(paint.formatted("red"), paint.formatted("crimson"))).doesNotContain(ChangeKind.ENTITY_CHANGED);
    assertThat(kinds(paint.formatted("grey"), paint.formatted("gray"))).doesNotContain(ChangeKind.ENTITY_CHANGED);
  }

  @Test
  void aColourSwappedInASentenceMergedFromTwoIsStillFound() {
    // the copy puts the second source sentence first, so one diff of the joined texts cannot pair the colours
    String source = "Activists in London poured gallons of yellow and blue paint in front of the embassy on Thursday. "
        + "The protest came on the eve of the first anniversary of the invasion.";
    String copy = "On the eve of the first anniversary of the invasion, activists poured gallons of yellow and %s paint "
        + "in front of the embassy.";
    assertThat(article.changes(source, copy.formatted("white"))).anyMatch(
        c -> c.kind() == ChangeKind.ENTITY_CHANGED && "blue".equals(c.from()) && "white".equals(c.to()));
    assertThat(article.changes(source, copy.formatted("blue"))).noneMatch(c -> c.kind() == ChangeKind.ENTITY_CHANGED);
  }

  @Test
  void aThingSwappedForAnotherOfItsKindIsAChangedThing() {
    String plea = "A man pleaded guilty on Thursday to %s in the death of a tourist who fell from a clifftop in 1988.";
    assertThat(severities(ChangeKind.ENTITY_CHANGED, plea.formatted("manslaughter"), plea.formatted("murder")))
        .containsExactly(Severity.MAJOR);
    String crash = "The %s hit a parked bus on the motorway near the city centre late on Friday evening.";
    assertThat(kinds(crash.formatted("car"), crash.formatted("truck"))).contains(ChangeKind.ENTITY_CHANGED);
    // a synonym, a more general word, the same word
    assertThat(kinds(crash.formatted("car"), crash.formatted("automobile"))).doesNotContain(ChangeKind.ENTITY_CHANGED);
    assertThat(kinds(crash.formatted("car"), crash.formatted("vehicle"))).doesNotContain(ChangeKind.ENTITY_CHANGED);
    String protest = "Hundreds of %s marched through the capital on Saturday to demand the release of the prisoners.";
    assertThat(kinds(protest.formatted("activists"), protest.formatted("protesters")))
        .doesNotContain(ChangeKind.ENTITY_CHANGED);
  }

  @Test
  void aFigureSaidToMoveTheOtherWayIsANegationChange() {
    String sales = "The company reported that vaccine sales %s by 30 percent in the fourth quarter of the year.";
    assertThat(kinds(sales.formatted("declined"), sales.formatted("increased"))).contains(ChangeKind.NEGATION_CHANGED);
    assertThat(kinds(sales.formatted("declined"), sales.formatted("dropped"))).doesNotContain(ChangeKind.NEGATION_CHANGED);
    // opposites that changed places: the same two claims in the other order
    assertThat(kinds("A reading below 50 suggests contraction in the manufacturing sector, while one above it indicates expansion.",
        "A reading above 50 suggests growth in the manufacturing sector, while one below it indicates contraction."))
        .doesNotContain(ChangeKind.NEGATION_CHANGED);
  }

  @Test
  void whatHappensUnlessSomethingIsDoneSaysItIsNotDone() {
    String unless = "The rights to buy the new shares will expire on April 3 unless extended by the board.";
    String not = "The rights to buy the new shares have not been extended by the board and will expire on April 3.";
    assertThat(kinds(unless, not)).doesNotContain(ChangeKind.NEGATION_CHANGED);
    assertThat(kinds(not, unless)).doesNotContain(ChangeKind.NEGATION_CHANGED);
    assertThat(kinds(unless, "The rights to buy the new shares have been extended by the board beyond April 3."))
        .contains(ChangeKind.NEGATION_CHANGED);
  }

  @Test
  void aShareWrittenAsAFractionIsTheSameFigureAsItsPercentage() {
    String stake = "The venture capital arm of the conglomerate holds a %s stake in the Russian brewer.";
    assertThat(kinds(stake.formatted("one-fifth"), stake.formatted("20%")))
        .doesNotContain(ChangeKind.ADDED_UNSUPPORTED, ChangeKind.NUMBER_CHANGED);
    assertThat(kinds(stake.formatted("one-fifth"), stake.formatted("25%"))).contains(ChangeKind.NUMBER_CHANGED);
    // the copy leaves out the exact figure the source gave beside the share
    String poll = "Almost a quarter%s of those polled said he should return to the Cabinet after the election.";
    assertThat(kinds(poll.formatted(" (21%)"), poll.formatted(""))).doesNotContain(ChangeKind.NUMBER_CHANGED);
  }

  @Test
  void aRoundedFigureIsAQualifierChangeNotAChangedNumber() {
    String deal = "The brewer agreed to buy the stake for %s euros, the company said in a statement.";
    List<Change> rounded = article.changes(deal.formatted("up to 259.7m"), deal.formatted("about 260m"));
    assertThat(rounded).noneMatch(c -> c.kind() == ChangeKind.NUMBER_CHANGED)
        .anyMatch(c -> c.kind() == ChangeKind.QUALIFIER_CHANGED && c.severity() == Severity.MINOR);
    String staff = "The group employs %s people in more than 30 countries across Europe and Asia.";
    assertThat(kinds(staff.formatted("77,000"), staff.formatted("about 80,000"))).doesNotContain(ChangeKind.NUMBER_CHANGED);
    // without "about", a figure moved further than a rounding of its source is changed
    assertThat(kinds(staff.formatted("77,000"), staff.formatted("80,000"))).contains(ChangeKind.NUMBER_CHANGED);
    assertThat(kinds(staff.formatted("eight"), staff.formatted("about nine"))).contains(ChangeKind.NUMBER_CHANGED);
  }

  @Test
  void aRankGivenWithASuperlativeIsAFigure() {
    String brewer = "The stake is in Sun Interbrew, Russia's %s brewer, which employs staff in eight cities.";
    assertThat(severities(ChangeKind.NUMBER_CHANGED, brewer.formatted("second-largest"), brewer.formatted("largest")))
        .containsExactly(Severity.MAJOR);
    assertThat(kinds(brewer.formatted("largest"), brewer.formatted("third-biggest"))).contains(ChangeKind.NUMBER_CHANGED);
    assertThat(kinds(brewer.formatted("largest"), brewer.formatted("biggest"))).doesNotContain(ChangeKind.NUMBER_CHANGED);
    assertThat(kinds(brewer.formatted("second-largest"), brewer.formatted("second biggest")))
        .doesNotContain(ChangeKind.NUMBER_CHANGED);
  }

  @Test
  void aNumberNoRuleReadsChangedInPlaceIsANumberChange() {
    String rank = "The world number %s failed a routine drugs test at the French Open but plans to appeal.";
    assertThat(article.changes(rank.formatted("60"), rank.formatted("93"))).anyMatch(c ->
        c.kind() == ChangeKind.NUMBER_CHANGED && "60".equals(c.from()) && "93".equals(c.to()));
    assertThat(kinds(rank.formatted("60"), rank.formatted("60"))).doesNotContain(ChangeKind.NUMBER_CHANGED);
    // written otherwise, the same value is no change
    String crowd = "A crowd of %s people watched the final at the national stadium on Saturday.";
    assertThat(kinds(crowd.formatted("12,000"), crowd.formatted("12000"))).doesNotContain(ChangeKind.NUMBER_CHANGED);
  }

  @Test
  void aPeriodChangedInPlaceIsAChangeThoughTheSourceHasThatLengthElsewhere() {
    String tb = "Its five-year plan was published in March. TB in England has increased by 25%% over the past %s years.";
    assertThat(article.changes(tb.formatted("10"), tb.formatted("5"))).anyMatch(c ->
        c.kind() == ChangeKind.NUMBER_CHANGED && c.to() != null && c.to().contains("5 years"));
  }

  @Test
  void aCompoundWordNetLacksStandsForItsParts() {
    String fall = "An American man fell to his death from a Sydney %s that was known as a meeting place.";
    assertThat(kinds(fall.formatted("clifftop"), fall.formatted("beach"))).contains(ChangeKind.ENTITY_CHANGED);
    assertThat(kinds(fall.formatted("clifftop"), fall.formatted("cliff"))).doesNotContain(ChangeKind.ENTITY_CHANGED);
    assertThat(dev.retrace.claims.WordSense.compoundParts("clifftop")).containsExactly("cliff", "top");
    assertThat(dev.retrace.claims.WordSense.compoundParts("hilltop")).isEmpty(); // WordNet lists it
  }

  @Test
  void aModelOrStrainNumberIsPartOfTheName() {
    String sales = "The company reported a fourth quarter decline in %s vaccine sales, its chief executive said.";
    // a name before the noun it modifies is not a place, though "in" comes before it
    assertThat(kinds(sales.formatted("SARS-CoV-2"), sales.formatted("SARS-CoV-4"))).contains(ChangeKind.ENTITY_CHANGED)
        .doesNotContain(ChangeKind.PLACE_CHANGED);
    assertThat(kinds(sales.formatted("SARS-CoV-2"), sales.formatted("SARS-CoV-2"))).isEmpty();
  }

  @Test
  void aCountryIsSupportedByItsNationality() {
    String deal = "Inbev was formed in 2004 when Interbrew bought %s brewer Ambev for 9.2 billion dollars.";
    assertThat(kinds(deal.formatted("Brazilian"), deal.formatted("Brazil's"))).doesNotContain(ChangeKind.ADDED_UNSUPPORTED);
    assertThat(kinds(deal.formatted("Brazilian"), deal.formatted("Argentina's"))).contains(ChangeKind.ADDED_UNSUPPORTED);
  }

  @Test
  void whoDidWhatToWhomReversedIsAChangedEntity() {
    String source = "Inbev was formed in August 2004 when Belgium's Interbrew bought Brazilian brewer Ambev.";
    assertThat(article.changes(source, "Inbev was formed in August 2004 when Brazil's Ambev bought Belgium's Interbrew."))
        .anyMatch(c -> c.kind() == ChangeKind.ENTITY_CHANGED && "Interbrew bought Ambev".equals(c.from())
            && "Ambev bought Interbrew".equals(c.to()));
    // the same roles in the passive, or told in the same order
    assertThat(kinds(source, "Inbev was formed in August 2004 when Brazil's Ambev was bought by Belgium's Interbrew."))
        .doesNotContain(ChangeKind.ENTITY_CHANGED);
    assertThat(kinds(source, "Inbev was created in August 2004 when Interbrew of Belgium bought Ambev of Brazil."))
        .doesNotContain(ChangeKind.ENTITY_CHANGED);
    // two parties in the same part
    assertThat(kinds("Chancellor Scholz met President Macron in Paris on Monday to discuss the energy crisis.",
        "President Macron met Chancellor Scholz in Paris on Monday to discuss the energy crisis."))
        .doesNotContain(ChangeKind.ENTITY_CHANGED);
  }

  @Test
  void oneWordOfANameChangedIsAChangedName() {
    String show = "The carmaker will unveil the new model at the %s Motor Show on Thursday, its chief executive said.";
    assertThat(article.changes(show.formatted("Geneva"), show.formatted("Paris")))
        .anyMatch(c -> c.kind() == ChangeKind.PLACE_CHANGED && "Geneva Motor Show".equals(c.from())
            && "Paris Motor Show".equals(c.to()))
        .noneMatch(c -> c.kind() == ChangeKind.ADDED_UNSUPPORTED);
    assertThat(kinds(show.formatted("Geneva"), show.formatted("Geneva"))).isEmpty();
    // a name spelt otherwise is the same name; two places a letter apart are two places
    String fund = "Shareholders of the %s Insured Income Fund approved the merger on Monday, the fund said.";
    assertThat(kinds(fund.formatted("Minnesota"), fund.formatted("Minneosta"))).doesNotContain(ChangeKind.ENTITY_CHANGED,
        ChangeKind.PLACE_CHANGED);
    String goods = "The company imports machine parts from %s every year, its chief executive said on Monday.";
    assertThat(kinds(goods.formatted("Iran"), goods.formatted("Iraq"))).containsAnyOf(ChangeKind.ENTITY_CHANGED,
        ChangeKind.PLACE_CHANGED);
    assertThat(kinds(goods.formatted("Austria"), goods.formatted("Australia"))).containsAnyOf(ChangeKind.ENTITY_CHANGED,
        ChangeKind.PLACE_CHANGED);
  }

  @Test
  void anExpectationStatedAsFactDropsAHedge() {
    String output = "The factory near Warwick %s double the company's output from about 2,000 cars a year.";
    assertThat(kinds(output.formatted("should"), output.formatted("will"))).contains(ChangeKind.HEDGE_DROPPED);
    assertThat(kinds(output.formatted("should"), output.formatted("should"))).isEmpty();
    // "should" opening a clause is a condition, as "if" is
    assertThat(kinds("Should the talks fail, the company will cut 500 jobs at the factory near Warwick.",
        "If the talks fail, the company will cut 500 jobs at the factory near Warwick."))
        .doesNotContain(ChangeKind.HEDGE_DROPPED);
  }

  @Test
  void notAbleAndUnableAreOneNegation() {
    String honor = "The strike means the company %s honor contracts for products from the smelter.";
    assertThat(kinds(honor.formatted("may not be able to"), honor.formatted("may be unable to")))
        .doesNotContain(ChangeKind.NEGATION_CHANGED);
    assertThat(kinds(honor.formatted("will be unable to"), honor.formatted("will be able to")))
        .contains(ChangeKind.NEGATION_CHANGED);
  }

  @Test
  void aNominationStatedAsAWinOrAChargeAsAVerdictMovesAStatus() {
    String film = "Her company made a string of hit films, including Oscar %s The Fisher King, the trade paper said.";
    assertThat(article.changes(film.formatted("nominee"), film.formatted("winner")))
        .anyMatch(c -> c.kind() == ChangeKind.CERTAINTY_CHANGED && "nominee".equals(c.from()) && "winner".equals(c.to()));
    String court = "A former director of the bank was %s of fraud in Paris on Monday, prosecutors said.";
    assertThat(kinds(court.formatted("accused"), court.formatted("convicted"))).contains(ChangeKind.CERTAINTY_CHANGED);
    assertThat(kinds(court.formatted("convicted"), court.formatted("accused"))).contains(ChangeKind.CERTAINTY_CHANGED);
    String arrested = "The founder of the start-up has been %s fraud charges as part of a scheme, prosecutors said.";
    assertThat(kinds(arrested.formatted("arrested on"), arrested.formatted("acquitted of")))
        .contains(ChangeKind.CERTAINTY_CHANGED);
    // words of one stage, or of two processes, are no move
    assertThat(kinds(court.formatted("accused"), court.formatted("charged"))).doesNotContain(ChangeKind.CERTAINTY_CHANGED);
    assertThat(kinds(film.formatted("winner"), film.formatted("winning"))).doesNotContain(ChangeKind.CERTAINTY_CHANGED);
  }

  @Test
  void aSalesPeriodOfAnotherLengthIsATimeChange() {
    String sold = "%s on sale in Europe, 87,000 of the consoles were sold, a better debut than its rival had.";
    assertThat(kinds(sold.formatted("In the first two days it was"), sold.formatted("In its first week")))
        .contains(ChangeKind.TIME_CHANGED);
    assertThat(kinds(sold.formatted("In the first week it was"), sold.formatted("In its first week")))
        .doesNotContain(ChangeKind.TIME_CHANGED);
  }

  @Test
  void aNameAndItsInitialsAreOneParty() {
    String said = "But the %s and the Tories say the issue should be decided in Scotland.";
    assertThat(kinds(said.formatted("Scottish National Party"), said.formatted("SNP")))
        .doesNotContain(ChangeKind.ENTITY_CHANGED, ChangeKind.PLACE_CHANGED);
  }

  @Test
  void aRoleSaidOfAnotherGenderIsAMinorChange() {
    String said = "The company's new prices take effect on Monday, a %s for the firm said in a statement issued in London.";
    assertThat(severities(ChangeKind.ENTITY_CHANGED, said.formatted("spokeswoman"), said.formatted("spokesman")))
        .containsExactly(Severity.MINOR);
  }

  @Test
  void aSpeakerWhoStaysTheSubjectOfItsOwnAccountIsAMinorDrop() {
    assertThat(severities(ChangeKind.ATTRIBUTION_DROPPED,
        "The bank said it approved 51.7 mln dlrs for an agricultural program in the north.",
        "The bank approved 51.7 mln dlrs for an agricultural program in the north.")).containsExactly(Severity.MINOR);
    assertThat(severities(ChangeKind.ATTRIBUTION_DROPPED,
        "The bank said rival lenders approved 51.7 mln dlrs for an agricultural program in the north.",
        "Rival lenders approved 51.7 mln dlrs for an agricultural program in the north."))
        .containsExactly(Severity.MAJOR);
  }

  private static List<Severity> severities(ChangeKind kind, String a, String b) {
    return article.changes(a, b).stream().filter(c -> c.kind() == kind).map(Change::severity).toList();
  }

  @Test
  void aFigureIsMatchedToItsOwnTwinNotToAnotherOfTheSameValue() {
    String quotes = "Other quotes were unchanged with number one and two oats at 1.55 to 1.66 dlrs and malting barley "
        + "at 2.00 to 2.05 dlrs.";
    assertThat(kinds(quotes, quotes)).isEmpty();
    assertThat(kinds(quotes, quotes.replace("2.00 to 2.05", "about 2.00"))).contains(ChangeKind.QUALIFIER_CHANGED);
  }

  @Test
  void aNegationIsChangedOnlyWhenTheOtherSideSaysWhatItNegates() {
    String respond = "The ministry %s to a request for comment about the report on Tuesday.";
    assertThat(kinds(respond.formatted("did not immediately respond"), respond.formatted("responded")))
        .contains(ChangeKind.NEGATION_CHANGED);
    assertThat(kinds(respond.formatted("responded"), respond.formatted("did not respond")))
        .contains(ChangeKind.NEGATION_CHANGED);
    // the negated words went with the clause that held them: dropped content, not the claim reversed
    assertThat(kinds("One member, described as a person with no party affiliation, said residents were worried "
        + "about the budget deficit.", "One member said residents were worried about the budget deficit."))
        .doesNotContain(ChangeKind.NEGATION_CHANGED);
    assertThat(kinds("The bank will issue 11 shares of its no par value common stock for each preferred share.",
        "The bank will issue 11 common shares for each preferred share."))
        .doesNotContain(ChangeKind.NEGATION_CHANGED);
    // a negation of the same words on the other side answers it
    assertThat(kinds("The tobacco companies deny that they illegally conspired to promote smoking.",
        "The tobacco companies denied the charges, saying that they never illegally conspired to promote smoking."))
        .doesNotContain(ChangeKind.NEGATION_CHANGED);
    assertThat(kinds("He did not resign and did not apologise for the remarks.",
        "He did not resign but apologised for the remarks.")).contains(ChangeKind.NEGATION_CHANGED);
    // a negation put before another one negates it, not what the other negates
    assertThat(kinds("Twelve foreign nationals are being held without trial under anti-terror laws.",
        "Twelve foreign nationals are not being held without trial under anti-terror laws."))
        .contains(ChangeKind.NEGATION_CHANGED);
    assertThat(kinds("The striker has failed to recover in time for the tie on Friday.",
        "The striker has not failed to recover in time for the tie on Friday.")).contains(ChangeKind.NEGATION_CHANGED);
  }

  @Test
  void aFigureWithAUnitIsNoCounterpartOfABareNumber() {
    assertThat(kinds("The demand for £155bn, filed in 1999, was rejected by the court in a 2-1 decision.",
        "The demand, filed in 1999, was rejected by a three-judge court in a 2-1 decision."))
        .doesNotContain(ChangeKind.NUMBER_CHANGED).contains(ChangeKind.ADDED_UNSUPPORTED);
  }

  @Test
  void aReportingVerbBeforeIsOrWereIsPartOfTheSubject() {
    assertThat(kinds("Among the firms accused were Altria Group and Lorillard Tobacco, the court heard.",
        "Among the accused were Altria Group and Lorillard Tobacco, the court heard."))
        .doesNotContain(ChangeKind.ATTRIBUTION_DROPPED, ChangeKind.ATTRIBUTION_ADDED);
  }

  @Test
  void aNationalitySwappedInItsSlotIsEntityChange() {
    String who = "An Australian pleaded guilty to manslaughter in the death of %s who fell from a clifftop.";
    assertThat(kinds(who.formatted("an American"), who.formatted("a British man")))
        .contains(ChangeKind.ENTITY_CHANGED);
    assertThat(kinds(who.formatted("an American"), who.formatted("an American man")))
        .doesNotContain(ChangeKind.ENTITY_CHANGED);
    // The copy's nationality is one the source uses elsewhere: not a new claim about who it was.
    assertThat(kinds("Police said " + who.formatted("an American") + " A British tourist found him.",
        "Police said " + who.formatted("a British man") + " A British tourist found him."))
        .doesNotContain(ChangeKind.ENTITY_CHANGED);
  }

  @Test
  void aNameSharingOnlyACommonNounWithTheSourceIsNotSupported() {
    String founder = "The founder of the troubled start-up %s has been arrested on fraud charges in New York.";
    assertThat(kinds(founder.formatted("Ozy Media"), founder.formatted("UFO Media")))
        .containsAnyOf(ChangeKind.ADDED_UNSUPPORTED, ChangeKind.ENTITY_CHANGED);
    String ministry = "The %s said the talks would resume in Geneva next week after a pause of two months.";
    assertThat(kinds(ministry.formatted("Ministry of Defence"), ministry.formatted("Defence Ministry")))
        .doesNotContain(ChangeKind.ADDED_UNSUPPORTED, ChangeKind.ENTITY_CHANGED);
  }

  @Test
  void periodInAnotherUnitIsTimeChangeUnlessItIsTheSameLength() {
    String plan = "The government announced a %s plan to rebuild the port, officials said after the meeting.";
    assertThat(kinds(plan.formatted("one-year"), plan.formatted("one-month"))).contains(ChangeKind.TIME_CHANGED);
    String jail = "The court jailed him for %s for his part in the fraud, which cost investors millions.";
    assertThat(kinds(jail.formatted("10 years"), jail.formatted("10 months"))).contains(ChangeKind.TIME_CHANGED);
    assertThat(kinds(jail.formatted("two weeks"), jail.formatted("14 days"))).doesNotContain(ChangeKind.TIME_CHANGED,
        ChangeKind.NUMBER_CHANGED);
    assertThat(kinds(jail.formatted("a year"), jail.formatted("12 months"))).doesNotContain(ChangeKind.TIME_CHANGED,
        ChangeKind.NUMBER_CHANGED);
    assertThat(kinds(jail.formatted("10 years"), jail.formatted("10 years"))).doesNotContain(ChangeKind.TIME_CHANGED);
  }

  @Test
  void anOrdinalPhraseTheSourceNeverUsesIsNumberChangeEvenWhenReworded() {
    String source = "Vaccine sales have begun an expected decline as the pandemic winds down, the company said. "
        + "For the fourth quarter, sales of the vaccine were 30% lower than a year earlier.";
    String copy = "The company reported a %s quarter decline in vaccine sales as the pandemic winds down.";
    assertThat(kinds(source, copy.formatted("third"))).contains(ChangeKind.NUMBER_CHANGED);
    assertThat(kinds(source, copy.formatted("fourth"))).doesNotContain(ChangeKind.NUMBER_CHANGED);
    // "seventh-seeded" is the "seventh seed" in other words
    String match = "Roddick, the third seed, beat Saulnier, who had survived a scare against seventh-seeded Jurgen "
        + "Melzer in the semi-final.";
    assertThat(kinds(match, "Saulnier had beaten seventh seed Jurgen Melzer in the semi-final before facing Roddick."))
        .doesNotContain(ChangeKind.NUMBER_CHANGED);
  }

  @Test
  void aPlaceThatHoldsTheSourcesPlaceIsSupportedButNotTheReverse() {
    String source = "Activists in %s poured yellow and blue paint on the road outside the embassy on the eve of the anniversary.";
    String copy = "On the eve of the anniversary, %s activists poured yellow and blue paint on the road outside the embassy.";
    // WordNet puts London in England and in the United Kingdom ("U.K.", "Britain"), and Houston in Texas.
    assertThat(kinds(source.formatted("London"), copy.formatted("U.K."))).doesNotContain(ChangeKind.ADDED_UNSUPPORTED);
    assertThat(kinds(source.formatted("London"), copy.formatted("Britain's"))).doesNotContain(ChangeKind.ADDED_UNSUPPORTED);
    assertThat(kinds(source.formatted("Houston"), copy.formatted("Texas"))).doesNotContain(ChangeKind.ADDED_UNSUPPORTED);
    // A place that does not hold the source's place, or a narrower one, is a new fact.
    assertThat(kinds(source.formatted("London"), copy.formatted("Texas"))).contains(ChangeKind.ADDED_UNSUPPORTED);
    assertThat(kinds(source.formatted("Britain"), copy.formatted("Manchester"))).contains(ChangeKind.ADDED_UNSUPPORTED);
  }

  @Test
  void anOrdinalReplacedInItsSlotIsNumberChange() {
    String quarter = "The company reported a %s quarter decline in vaccine sales and cut its forecast for the year.";
    assertThat(kinds(quarter.formatted("fourth"), quarter.formatted("third"))).contains(ChangeKind.NUMBER_CHANGED);
    assertThat(kinds(quarter.formatted("fourth"), quarter.formatted("fourth"))).doesNotContain(ChangeKind.NUMBER_CHANGED);
    // Two ordinals that swapped places are the same facts in another order.
    assertThat(kinds("The first vote was on Monday and the second vote on Friday, officials in the capital said.",
        "The second vote was on Friday and the first vote on Monday, officials in the capital said."))
        .doesNotContain(ChangeKind.NUMBER_CHANGED);
  }

  private static final String FINALS = "He failed to reach the %s and 200m finals after tearing a hamstring in training.";

  @Test
  void figureTurnedIntoItsNeighboursValueIsNumberChange() {
    assertThat(kinds(FINALS.formatted("100m"), FINALS.formatted("200m"))).contains(ChangeKind.NUMBER_CHANGED);
    assertThat(kinds(FINALS.formatted("100m"), FINALS.formatted("100m"))).doesNotContain(ChangeKind.NUMBER_CHANGED);
  }

  @Test
  void figureChangedInItsSlotWithAWordDroppedOnOneSideIsNumberChange() {
    assertThat(kinds("In previous seasons, the 25-year-old also contested the long jump before she moved to London.",
        "In previous seasons, the 11-year-old contested the long jump before she moved to London."))
        .contains(ChangeKind.NUMBER_CHANGED).doesNotContain(ChangeKind.ADDED_UNSUPPORTED);
  }

  @Test
  void figureChangedInItsSlotIsNotMatchedToTheSameValueElsewhere() {
    String cars = " Ford has sold 4,000 of its first hybrid since its launch in August.";
    assertThat(kinds("The price of a hybrid is upwards of $3,000 above that of an equivalent car." + cars,
        "The price of a hybrid is upwards of $4,000 above that of an equivalent car." + cars))
        .contains(ChangeKind.NUMBER_CHANGED);
  }

  @Test
  void nounAfterABareFigureOrBeforeAQualifiedOneIsWhatItCounts() {
    assertThat(kinds("The minister dismissed fears that his plans for £4bn tax cuts are too modest.",
        "The minister dismissed fears that his plans for £4bn spending cuts are too modest."))
        .contains(ChangeKind.CATEGORY_CHANGED);
    assertThat(kinds("Rumours about a possible takeover boosted the group's shares by more than 10% on Friday.",
        "Rumours about a possible takeover boosted the group's bonds by more than 10% on Friday."))
        .contains(ChangeKind.CATEGORY_CHANGED);
    assertThat(kinds("The minister dismissed fears that his plans for £4bn tax cuts are too modest.",
        "The minister dismissed fears that his plans for £4bn tax cuts are rather modest."))
        .doesNotContain(ChangeKind.CATEGORY_CHANGED);
  }

  @Test
  void swapKeepingTheOldWordElsewhereInTheSentenceIsCategoryChange() {
    assertThat(kinds("Last year the plant produced just 110,000 cars, though a deal could double the number of cars built.",
        "Last year the plant produced just 110,000 trucks, though a deal could double the number of cars built."))
        .contains(ChangeKind.CATEGORY_CHANGED);
  }

  @Test
  void shortWordsTwoLettersApartAreNotSpellingVariants() {
    assertThat(kinds("The funding will make anti-retroviral care available for some 2,500 women in the region.",
        "The funding will make anti-retroviral care available for some 2,500 men in the region."))
        .contains(ChangeKind.CATEGORY_CHANGED);
    assertThat(kinds("The funding will pay for some 2,500 places at the centre in the region.",
        "The funding will pay for some 2,500 places at the center in the region."))
        .doesNotContain(ChangeKind.CATEGORY_CHANGED);
  }

  @Test
  void oppositeCountedNounIsReportedOnceAsCategoryChange() {
    assertThat(kinds("The bank said regional exports reached $445.1bn in 2004, a record for the area.",
        "The bank said regional imports reached $445.1bn in 2004, a record for the area."))
        .contains(ChangeKind.CATEGORY_CHANGED).doesNotContain(ChangeKind.NEGATION_CHANGED);
  }

  @Test
  void eachCaveatNeedsItsOwnCounterpart() {
    String a = "Officials fear it would lead to a spree of orders for arms that could be used against neighbours.";
    assertThat(kinds(a, "Officials fear it would lead to a spree of orders for arms that will be used against neighbours."))
        .contains(ChangeKind.HEDGE_DROPPED);
    assertThat(kinds(a, a)).doesNotContain(ChangeKind.HEDGE_DROPPED);
  }

  @Test
  void apparentlyIsACaveatAndFillerWordsAreNotItsScope() {
    assertThat(kinds("But there is still apparently little prospect of the country agreeing to cut its emissions.",
        "But there is still little prospect of the country agreeing to cut its emissions."))
        .contains(ChangeKind.HEDGE_DROPPED);
    assertThat(kinds("A third of the users were fed up, but this could be just the tip of the iceberg, thinks one editor.",
        "A third of the users were fed up, but this will be the tip of the iceberg, thinks one editor."))
        .contains(ChangeKind.HEDGE_DROPPED);
  }

  @Test
  void anotherSpeakerOfTheSourceDoesNotStandInForADroppedOne() {
    String kept = " but the Tories say he is surrendering a key veto.";
    assertThat(kinds("Mr Blair recently said the UK would only join measures in its interests," + kept,
        "The UK would only join measures in its interests," + kept))
        .contains(ChangeKind.ATTRIBUTION_DROPPED);
    assertThat(kinds("Mr Blair recently said the UK would only join measures in its interests," + kept,
        "Mr Blair recently said the UK would only join measures in its interests," + kept))
        .doesNotContain(ChangeKind.ATTRIBUTION_DROPPED);
  }

  @Test
  void anotherDescribedSpeakerKeptDoesNotStandInForADroppedNamedOne() {
    String lawyer = "A lawyer for the victims told Reuters that the whole world knew what had happened. ";
    assertThat(kinds(lawyer + "Bank spokesman Mark Hendrix said the settlement was an opportunity to move on.",
        lawyer + "The settlement was an opportunity to move on."))
        .contains(ChangeKind.ATTRIBUTION_DROPPED);
    assertThat(kinds(lawyer + "Bank spokesman Mark Hendrix said the settlement was an opportunity to move on.",
        lawyer + "Bank spokesman Mark Hendrix said the settlement was an opportunity to move on."))
        .doesNotContain(ChangeKind.ATTRIBUTION_DROPPED);
  }

  @Test
  void countedNounOpeningTheSentenceIsWhatTheFigureCounts() {
    assertThat(kinds("Revenues were £4.3bn while the firm's operating margins were 14.1% last year.",
        "Profits were £4.3bn while the firm's operating margins were 14.1% last year."))
        .contains(ChangeKind.CATEGORY_CHANGED);
  }

  @Test
  void closingSpeakerWithAddedIsDroppedAttribution() {
    assertThat(kinds("Agreeing to pay compensation did not mean the firms involved were admitting any guilt, the FSA added.",
        "Agreeing to pay compensation did not mean the firms involved were admitting any guilt."))
        .contains(ChangeKind.ATTRIBUTION_DROPPED);
  }
}
