package dev.retrace.claims;

import static dev.retrace.claims.Fixture.claims;
import static dev.retrace.claims.Fixture.normalizedTimes;
import static dev.retrace.claims.Fixture.time;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retrace.claims.TimeExpression.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TimeExtractorTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "It happened on November 11.|November 11|DATE|11-11",
      "It happened on Nov. 11.|Nov. 11|DATE|11-11",
      "It happened on 11 November 2024.|11 November 2024|DATE|2024-11-11",
      "It happened on Nov. 11, 2024, officials said.|Nov. 11, 2024|DATE|2024-11-11",
      "It happened on 2024-11-11 at dawn.|2024-11-11|DATE|2024-11-11",
      "It happened on the 11th of November.|the 11th of November|DATE|11-11",
      "It happened on November 11th.|November 11th|DATE|11-11",
      "It happened between November 28 and 29.|between November 28 and 29|DATE|11-28/11-29",
      "It happened between November 28 and December 2.|between November 28 and December 2|DATE|11-28/12-02",
      "It happened on 28 and 29 November.|28 and 29 November|DATE|11-28/11-29",
      "It happened on Friday.|Friday|DAY_OF_WEEK|friday",
      "It happened on Friday morning.|Friday morning|DAY_OF_WEEK|friday",
      "It happened in February 2022.|February 2022|MONTH|2022-02",
      "It happened in February.|February|MONTH|february",
      "It happened in 2022.|2022|YEAR|2022",
      "It happened in the 1990s.|1990s|YEAR|1990s",
      "It happened on May 5.|May 5|DATE|05-05",
      "Stocks rose to 326 mln tonnes on April one this year.|April one|DATE|04-01",
      "The warrants now expire on March Nine.|March Nine|DATE|03-09",
      "Record July Seven Reuter|July Seven|DATE|07-07",
      "The offer expires on May twenty-one, 1987.|May twenty-one, 1987|DATE|1987-05-21",
  })
  void absoluteTimes(String sentence, String text, Kind kind, String normalized) {
    TimeExpression t = time(claims(sentence), text);
    assertThat(t.kind()).isEqualTo(kind);
    assertThat(t.normalized()).isEqualTo(normalized);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "It happened this month.|this month|this month",
      "It happened earlier this year.|earlier this year|earlier this year",
      "It happened last week.|last week|last week",
      "It happened yesterday.|yesterday|yesterday",
      "It happened only weeks ago.|weeks ago|weeks ago",
      "It happened two days ago.|two days ago|P2D ago",
      "He died 35 years ago.|35 years ago|P35Y ago",
      "It happened a week ago.|a week ago|P1W ago",
      "It happened in recent weeks.|in recent weeks|recent weeks",
      "It happened over the past week.|the past week|past week",
      "It has risen since the start of the war in Ukraine.|since the start of the war|since the start of the war",
      "It has risen since the full-scale invasion began.|since the full-scale invasion began|since the full-scale invasion began",
      "It happened a day earlier.|a day earlier|P1D before",
      "It came one day after the vote.|one day after|P1D after",
  })
  void relativeTimes(String sentence, String text, String normalized) {
    TimeExpression t = time(claims(sentence), text);
    assertThat(t.kind()).isEqualTo(Kind.RELATIVE);
    assertThat(t.normalized()).isEqualTo(normalized);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Russia lost troops in a single day.|in a single day|P1D",
      "Russia lost troops in one day.|in one day|P1D",
      "Russia lost troops in just one day.|in just one day|P1D",
      "Russia lost troops in a day.|in a day|P1D",
      "Russia lost 1,000 troops a day.|a day|P1D",
      "Russia lost troops per day.|per day|P1D",
      "Russia lost troops over two days.|over two days|P2D",
      "Russia lost troops over the two days.|over the two days|P2D",
      "Records fell two days in a row.|two days in a row|P2D",
      "It was the highest single-day loss.|single-day|P1D",
      "The daily count rose.|daily|P1D",
      "The week-long pause ended.|week-long|P1W",
      "It rose in the past 24 hours.|in the past 24 hours|PT24H",
      "The talks lasted for three weeks.|for three weeks|P3W",
      "He served 5 years in prison.|5 years|P5Y",
      "In its first week on sale, 87,000 consoles were sold.|In its first week|P1W",
      "Sales doubled during the first year.|during the first year|P1Y",
  })
  void periods(String sentence, String text, String normalized) {
    TimeExpression t = time(claims(sentence), text);
    assertThat(t.kind()).isEqualTo(Kind.PERIOD);
    assertThat(t.normalized()).isEqualTo(normalized);
  }

  @Test
  void singleDayWordingsNormaliseAlike() {
    assertThat(normalizedTimes(claims("It lost 2,000 troops in a single day.")))
        .isEqualTo(normalizedTimes(claims("It lost 2,000 troops in just one day.")))
        .isEqualTo(normalizedTimes(claims("It lost 2,000 troops in one day.")))
        .containsExactly("P1D");
  }

  @Test
  void aDayWithoutAFigureIsNoPeriod() {
    assertThat(claims("Friday was a day to remember.").times()).extracting(TimeExpression::kind)
        .containsExactly(Kind.DAY_OF_WEEK);
  }

  @Test
  void ageIsNotAPeriod() {
    assertThat(claims("A 45-year-old man was arrested.").times()).isEmpty();
  }

  @Test
  void aCountAfterAMonthIsNotItsDay() {
    SentenceClaims c = claims("In April one person died and in March two more were hurt.");
    assertThat(c.times()).extracting(TimeExpression::normalized).containsExactly("april", "march");
    assertThat(c.quantities()).extracting(Quantity::value).containsExactly(1.0, 2.0);
    assertThat(claims("In May two to three thousand people marched.").times()).extracting(TimeExpression::kind)
        .doesNotContain(Kind.DATE);
  }

  @Test
  void mayTheModalIsNotAMonth() {
    assertThat(claims("Talks may resume soon.").times()).isEmpty();
    assertThat(claims("Talks may resume in May.").times()).extracting(TimeExpression::normalized)
        .containsExactly("may");
  }

  @Test
  void marchTheVerbIsNotAMonth() {
    assertThat(claims("Protesters will march to the square.").times()).isEmpty();
  }

  @Test
  void yearsBeforeNounsAndInRanges() {
    assertThat(normalizedTimes(claims("The 2022 invasion changed everything."))).containsExactly("2022");
    assertThat(normalizedTimes(claims("Prices rose between 2022 and 2023."))).containsExactly("2022", "2023");
    assertThat(normalizedTimes(claims("Growth resumed in mid-2023."))).containsExactly("2023");
  }

  @Test
  void offsetsCoverTheText() {
    String s = "On Friday, between November 28 and 29, it lost 2,000 troops in a single day, earlier this month.";
    for (TimeExpression t : claims(s).times()) {
      assertThat(s.substring(t.start(), t.end())).isEqualTo(t.text());
    }
  }
}
