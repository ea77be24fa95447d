package dev.retrace.changes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retrace.Retrace;
import dev.retrace.documents.Document;
import dev.retrace.report.ComparisonReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AntonymChangesTest {
  static Retrace retrace;

  @BeforeAll
  static void engine() {
    retrace = Retrace.create();
  }

  @Test
  void aWordReplacedByItsOppositeIsANegationChange() {
    ComparisonReport r = retrace.check(
        Document.of("a", "Shares in the carmaker rose sharply on Tuesday after it reported strong sales in China."),
        Document.of("b", "Shares in the carmaker fell sharply on Tuesday after it reported strong sales in China."));
    assertThat(r.changes()).anyMatch(c -> c.kind() == ChangeKind.NEGATION_CHANGED && "rose".equals(c.from())
        && "fell".equals(c.to()) && c.severity() == Severity.MAJOR);
  }

  @Test
  void aSynonymIsNotAnOpposite() {
    ComparisonReport r = retrace.check(
        Document.of("a", "Shares in the carmaker rose sharply on Tuesday after it reported strong sales in China."),
        Document.of("b", "Shares in the carmaker climbed sharply on Tuesday after it reported strong sales in China."));
    assertThat(r.changes()).noneMatch(c -> c.kind() == ChangeKind.NEGATION_CHANGED);
  }
}
