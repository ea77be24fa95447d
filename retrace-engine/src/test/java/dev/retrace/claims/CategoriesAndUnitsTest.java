package dev.retrace.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CategoriesAndUnitsTest {

  @ParameterizedTest
  @CsvSource({
      "losses,casualties", "casualty,casualties", "lost,casualties", "toll,casualties", "death toll,deaths",
      "killed,deaths", "dead,deaths", "died,deaths", "fatalities,deaths", "lives,deaths",
      "wounded,wounded", "injured,wounded", "injuries,wounded", "hurt,wounded",
      "prisoners,captured", "captured,captured", "missing,missing", "refugees,displaced", "displaced,displaced",
      "arrested,arrests", "detained,arrests", "revenue,money", "profit,money", "votes,votes", "jobs,jobs",
      "infections,cases", "Deaths,deaths",
  })
  void canonicalCategoryOfCueWords(String word, String category) {
    assertThat(Categories.canonical(word)).isEqualTo(category);
  }

  @Test
  void unknownWordsHaveNoCategory() {
    assertThat(Categories.canonical("peacekeepers")).isNull();
    assertThat(Categories.canonical(null)).isNull();
  }

  @Test
  void deathsAndCasualtiesAreNotCompatibleButRelated() {
    assertThat(Categories.compatible("casualties", "deaths")).isFalse();
    assertThat(Categories.compatible("deaths", "wounded")).isFalse();
    assertThat(Categories.compatible("deaths", "deaths")).isTrue();
    assertThat(Categories.compatible(null, "deaths")).isTrue();
    assertThat(Categories.related("casualties", "deaths")).isTrue();
    assertThat(Categories.related("money", "deaths")).isFalse();
  }

  @Test
  void familiesAndGeneralisation() {
    assertThat(Categories.family("deaths")).isEqualTo("casualties");
    assertThat(Categories.family("wounded")).isEqualTo("casualties");
    assertThat(Categories.family("captured")).isEqualTo("casualties");
    assertThat(Categories.family("casualties")).isEqualTo("casualties");
    assertThat(Categories.family("money")).isEqualTo("money");
    assertThat(Categories.family(null)).isNull();
    assertThat(Categories.generalizes("casualties", "deaths")).isTrue();
    assertThat(Categories.generalizes("deaths", "casualties")).isFalse();
    assertThat(Categories.generalizes("casualties", "casualties")).isFalse();
    assertThat(Categories.generalizes("money", "deaths")).isFalse();
  }

  @Test
  void everyCategoryIsItsOwnCanonicalName() {
    for (String c : Categories.all()) {
      assertThat(Categories.canonical(c)).isEqualTo(c);
    }
  }

  @Test
  void unitFamilies() {
    assertThat(Units.family("troops")).isEqualTo(Units.MILITARY);
    assertThat(Units.family("personnel")).isEqualTo(Units.MILITARY);
    assertThat(Units.family("soldiers")).isEqualTo(Units.MILITARY);
    assertThat(Units.family("peacekeepers")).isEqualTo(Units.MILITARY);
    assertThat(Units.family("people")).isEqualTo(Units.PEOPLE);
    assertThat(Units.family("civilians")).isEqualTo(Units.PEOPLE);
    assertThat(Units.family("ukrainians")).isEqualTo(Units.PEOPLE);
    assertThat(Units.family("usd")).isEqualTo("money");
    assertThat(Units.family("gbp")).isEqualTo("money");
    assertThat(Units.family("km2")).isEqualTo("area");
    assertThat(Units.family("tanks")).isEqualTo("tanks");
    assertThat(Units.family(null)).isNull();
  }

  @Test
  void personAndMeasureUnits() {
    assertThat(Units.isPerson("troops")).isTrue();
    assertThat(Units.isPerson("palestinians")).isTrue();
    assertThat(Units.isPerson("tanks")).isFalse();
    assertThat(Units.isMeasure("km")).isTrue();
    assertThat(Units.isMeasure("percent")).isTrue();
    assertThat(Units.isMeasure("troops")).isFalse();
    assertThat(Units.isCurrency("eur")).isTrue();
  }

  @Test
  void cueAcceptanceDependsOnTheUnit() {
    assertThat(Categories.accepts(Categories.CASUALTIES, "troops")).isTrue();
    assertThat(Categories.accepts(Categories.CASUALTIES, "games")).isFalse();
    assertThat(Categories.accepts(Categories.CASUALTIES, null)).isTrue();
    assertThat(Categories.accepts(Categories.DEATHS, "km")).isFalse();
    assertThat(Categories.accepts(Categories.DEATHS, "percent")).isFalse();
    assertThat(Categories.accepts(Categories.MONEY, "usd")).isTrue();
    assertThat(Categories.accepts(Categories.MONEY, "cars")).isFalse();
  }
}
