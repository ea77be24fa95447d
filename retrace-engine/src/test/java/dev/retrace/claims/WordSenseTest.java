package dev.retrace.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordSenseTest {
  @Test
  void agentsAreWordsWhoseCommonestSenseIsAGroupPersonOrPlace() {
    assertThat(WordSense.agent("firm")).isTrue();
    assertThat(WordSense.agent("men")).isTrue();
    // rare senses (James Bond, a group of imports) do not make things into agents
    assertThat(WordSense.agent("bonds")).isFalse();
    assertThat(WordSense.agent("imports")).isFalse();
  }

  @Test
  void caveatWordsAreKnownOneByOne() {
    assertThat(HedgeExtractor.isCaveatWord("suspicious")).isTrue();
    assertThat(HedgeExtractor.isCaveatWord("apparently")).isTrue();
    assertThat(HedgeExtractor.isCaveatWord("heart")).isFalse();
  }

  @Test
  void placesKnowTheLargerPlacesThatHoldThem() {
    assertThat(WordSense.placeAndRegions("London")).contains(WordSense.placeSense("London"), WordSense.placeSense("U.K."),
        WordSense.placeSense("England"));
    assertThat(WordSense.placeAndRegions("Houston")).contains(WordSense.placeSense("Texas"));
    assertThat(WordSense.placeSense("Britain")).isEqualTo(WordSense.placeSense("the U.K")); // one synset
    assertThat(WordSense.placeAndRegions("Paris")).contains(WordSense.placeSense("France")) // its commonest sense
        .doesNotContain(WordSense.placeSense("Texas"));
    assertThat(WordSense.placeAndRegions("U.K.")).doesNotContain(WordSense.placeSense("London"));
    assertThat(WordSense.placeSense("Zyxwvut")).isEqualTo(-1);
    assertThat(WordSense.placeAndRegions("Zyxwvut")).isEmpty();
  }

  @Test
  void commonWordsAreToldFromNamesAndCompoundNationalitiesAreEntries() {
    assertThat(WordSense.commonWordNotName("Officials")).isTrue();
    assertThat(WordSense.commonWordNotName("Local")).isTrue();
    assertThat(WordSense.commonWordNotName("Moscow")).isFalse();
    assertThat(WordSense.commonWordNotName("Trump")).isFalse();
    assertThat(WordSense.commonWordNotName("Gazprom")).isFalse();
    assertThat(WordSense.inDictionary("costa rican")).isTrue();
    assertThat(WordSense.inDictionary("moscow russian")).isFalse();
  }

  @Test
  void coloursAreKnownByTheirNounSenses() {
    assertThat(List.of("blue", "white", "crimson", "grey", "green")).allMatch(WordSense::colour);
    assertThat(List.of("paint", "road", "embassy", "colour", "activists")).noneMatch(WordSense::colour);
  }

  @Test
  void siblingsAreDifferentThingsOfOneKind() {
    assertThat(WordSense.siblings("manslaughter", "murder")).isTrue();
    assertThat(WordSense.siblings("car", "truck")).isTrue();
    assertThat(WordSense.siblings("husbands", "wife")).isTrue(); // any inflection
    // synonyms, a more general word, one person seen two ways, a word of two senses
    assertThat(WordSense.siblings("lawyer", "attorney")).isFalse();
    assertThat(WordSense.siblings("plane", "aircraft")).isFalse();
    assertThat(WordSense.siblings("activists", "protesters")).isFalse();
    assertThat(WordSense.siblings("rebels", "militants")).isFalse();
    assertThat(WordSense.siblings("company", "firm")).isFalse();
    assertThat(WordSense.siblings("animals", "individuals")).isFalse(); // top kinds, both organisms
    assertThat(WordSense.siblings("murder", "murder")).isFalse();
    assertThat(WordSense.siblings("zyxwvut", "murder")).isFalse();
  }

  @Test
  void trendWordsSayWhichWayAFigureMoved() {
    assertThat(List.of("rose", "increased", "growth", "surging", "climbs")).allMatch(w -> Trend.of(w) == Trend.UP);
    assertThat(List.of("fell", "declined", "fallen", "contraction", "slumps")).allMatch(w -> Trend.of(w) == Trend.DOWN);
    assertThat(Trend.opposite("increased", "declined")).isTrue();
    assertThat(Trend.opposite("rose", "climbed")).isFalse();
    assertThat(Trend.of("said")).isNull();
  }
}
