package dev.retrace.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retrace.text.TextAnalyzer;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The figure values behind "same form, another event": formatting aside, and only with enough figures. */
class FigureValuesTest {
  private static final TextAnalyzer TEXT = new TextAnalyzer();

  @Test
  void valuesIgnoreHowAFigureIsWritten() {
    Set<String> v = RelationScorer.values(TEXT.sentences("Profits rose 5% to $1.13bn, or 2,030 dollars a share, in 2004."));
    assertThat(v).contains("5", "1.13", "2030", "2004");
    assertThat(RelationScorer.values(TEXT.sentences("The U.S. economy grew."))).isEmpty();
  }

  @Test
  void earningsTablesOfTwoCompaniesAreDifferentEvents() {
    Set<String> a = RelationScorer.values(TEXT.sentences("Shr eight cts vs six cts. Net 22 mln vs 18 mln. "
        + "Revs 994 mln vs 910 mln."));
    Set<String> b = RelationScorer.values(TEXT.sentences("Shr 1.77 dlrs vs 60 cts. Net 58.2 mln vs 19.4 mln. "
        + "Revs 377.4 mln vs 188.0 mln."));
    assertThat(RelationScorer.differentFigures(a, b)).isTrue();
  }

  @Test
  void aCopyThatChangedOneFigureKeepsMostOfThem() {
    Set<String> a = RelationScorer.values(TEXT.sentences("Net 22 mln vs 18 mln. Revs 994 mln vs 910 mln."));
    Set<String> b = RelationScorer.values(TEXT.sentences("Net 23 mln vs 18 mln. Revs 994 mln vs 910 mln."));
    assertThat(RelationScorer.differentFigures(a, b)).isFalse();
  }

  @Test
  void tooFewFiguresSayNothing() {
    assertThat(RelationScorer.differentFigures(Set.of("8", "6"), Set.of("1", "2"))).isFalse();
  }
}
