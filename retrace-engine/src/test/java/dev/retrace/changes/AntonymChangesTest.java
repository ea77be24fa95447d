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

  @Test
  void aClearlyBadWordTurnedClearlyGoodIsANegationChange() {
    String founder = "The founder of the %s digital start-up Ozy Media was arrested on Thursday on fraud charges.";
    ComparisonReport r = retrace.check(Document.of("a", founder.formatted("troubled")),
        Document.of("b", founder.formatted("triumphant")));
    assertThat(r.changes()).anyMatch(c -> c.kind() == ChangeKind.NEGATION_CHANGED && "troubled".equals(c.from())
        && "triumphant".equals(c.to()));
  }

  @Test
  void aWordTheLexiconLacksScoresAsItsWordNetSynonyms() {
    String company = "The founder was arrested on fraud charges over a scheme to prop up the financially %s company.";
    ComparisonReport r = retrace.check(Document.of("a", company.formatted("struggling")),
        Document.of("b", company.formatted("thriving")));
    assertThat(r.changes()).anyMatch(c -> c.kind() == ChangeKind.NEGATION_CHANGED && "thriving".equals(c.to()));
    assertThat(dev.retrace.claims.Valence.of("thriving")).isPositive();
  }

  @Test
  void wordsOfMildOrOneFeelingAreNotOpposites() {
    String attacks = "At least 15 people were killed in %s attacks in the north of the country, police said.";
    // "fresh" is only mildly good (+1.3 in VADER) and here says nothing good about the attacks
    assertThat(retrace.check(Document.of("a", attacks.formatted("violent")), Document.of("b", attacks.formatted("fresh")))
        .changes()).noneMatch(c -> c.kind() == ChangeKind.NEGATION_CHANGED);
    assertThat(retrace.check(Document.of("a", attacks.formatted("brutal")), Document.of("b", attacks.formatted("violent")))
        .changes()).noneMatch(c -> c.kind() == ChangeKind.NEGATION_CHANGED);
  }

  @Test
  void aSummarySentenceBelowTheLinkBarIsStillCheckedAgainstItsBestSupport() {
    Document source = Document.of("a", "Moderna's revenues from its COVID-19 vaccines have begun an anticipated decline. "
        + "Its likely first commercial product after its COVID-19 vaccines will be another vaccine against another "
        + "respiratory infection, mRNA-1345 for RSV in older adults, for which Moderna plans regulatory filings in the "
        + "first half of 2023. The company's chief executive said the pipeline was strong.");
    ComparisonReport kept = retrace.check(source, Document.of("b",
        "Sales of its COVID-19 vaccines are declining. It is looking ahead to filing for approval of its RSV vaccine."));
    ComparisonReport negated = retrace.check(source, Document.of("b",
        "Sales of its COVID-19 vaccines are declining. It is not looking ahead to filing for approval of its RSV vaccine."));
    assertThat(kept.changes()).noneMatch(c -> c.kind() == ChangeKind.NEGATION_CHANGED);
    assertThat(negated.changes()).anyMatch(c -> c.kind() == ChangeKind.NEGATION_CHANGED && c.severity() == Severity.MAJOR);
    // the weak link is shown as such, and neither sentence is listed as unaligned
    assertThat(negated.alignments()).anyMatch(g -> g.b().contains(1) && g.a().contains(1)
        && g.kind() == dev.retrace.alignment.AlignmentKind.SUPPORT);
    assertThat(negated.unalignedB()).doesNotContain(1);
    assertThat(negated.unalignedA()).doesNotContain(1);
    // a plain comparison does not make such links
    assertThat(retrace.compare(source, Document.of("b",
        "Sales of its COVID-19 vaccines are declining. It is not looking ahead to filing for approval of its RSV vaccine."))
        .alignments()).noneMatch(g -> g.kind() == dev.retrace.alignment.AlignmentKind.SUPPORT);
  }
}
