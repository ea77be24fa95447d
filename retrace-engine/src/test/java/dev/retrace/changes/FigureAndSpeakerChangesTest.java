package dev.retrace.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Counted nouns swapped next to an unchanged figure, figures changed in place, pronoun and named speakers dropped. */
class FigureAndSpeakerChangesTest {
  private static SentenceInArticle article;

  @BeforeAll
  static void setUp() {
    article = new SentenceInArticle("The carmaker announced a sweeping restructuring plan on Tuesday after a difficult year. ");
  }

  private static List<ChangeKind> kinds(String a, String b) {
    return article.kinds(a, b);
  }

  @Test
  void countedNounSwappedNextToSameFigureIsCategoryChange() {
    assertThat(kinds("The firm said it would cut 3,000 jobs across its European plants by the end of 2006.",
        "The firm said it would cut 3,000 shops across its European plants by the end of 2006."))
        .contains(ChangeKind.CATEGORY_CHANGED);
    assertThat(kinds("Analysts expect the group to report profits of $4.4bn for the year to December.",
        "Analysts expect the group to report revenues of $4.4bn for the year to December."))
        .contains(ChangeKind.CATEGORY_CHANGED);
  }

  @Test
  void synonymsAndAgentsNextToAFigureAreNoCategoryChange() {
    assertThat(kinds("The plan affects 3,000 workers across its European plants, the firm added.",
        "The plan affects 3,000 employees across its European plants, the firm added."))
        .doesNotContain(ChangeKind.CATEGORY_CHANGED);
    assertThat(kinds("Last year the firm sold 110,000 cars in Europe and Asia, a record for the group.",
        "Last year the company sold 110,000 cars in Europe and Asia, a record for the group."))
        .doesNotContain(ChangeKind.CATEGORY_CHANGED);
  }

  @Test
  void figureChangedInItsSlotIsNumberChangeEvenWhenOldValueOccursElsewhere() {
    assertThat(kinds("The chief executive spoke on Monday to more than 100 factory workers from plants in the north. "
            + "Later he met 100 apprentices at the training centre.",
        "The chief executive spoke on Monday to more than 200 factory workers from plants in the north. "
            + "Later he met 100 apprentices at the training centre."))
        .contains(ChangeKind.NUMBER_CHANGED).doesNotContain(ChangeKind.ADDED_UNSUPPORTED);
  }

  @Test
  void pronounSpeakerDroppedIsAttributionDropped() {
    assertThat(kinds("He says the consumer price index would rise by a small amount in the next fiscal year.",
        "The consumer price index would rise by a small amount in the next fiscal year."))
        .contains(ChangeKind.ATTRIBUTION_DROPPED);
  }

  @Test
  void namedSpeakerDroppedIsAttributionDroppedThoughACommonWordOfItStays() {
    assertThat(kinds("Shadow foreign secretary Michael Ancram said there was a constant need to review foreign missions.",
        "There was a constant need to review foreign missions."))
        .contains(ChangeKind.ATTRIBUTION_DROPPED);
  }

  @Test
  void aSpeakerDescribedByARoleTheSourceNeverGivesIsAChangedAttribution() {
    assertThat(article.changes("Open chief Paul McNamee had said the player's wrist would not heal in time for the event.",
        "Her doctor had said the player's wrist would not heal in time for the event."))
        .anyMatch(c -> c.kind() == ChangeKind.ATTRIBUTION_CHANGED && "Open chief Paul McNamee".equals(c.from())
            && "Her doctor".equals(c.to()));
    // a pronoun, or a description the source uses, still stands for the named speaker
    assertThat(kinds("Chief executive Ulrich Bez said the carmaker would double its output from about 2,000 cars.",
        "He said the carmaker would double its output from about 2,000 cars."))
        .doesNotContain(ChangeKind.ATTRIBUTION_CHANGED, ChangeKind.ATTRIBUTION_DROPPED);
    assertThat(kinds("Chief executive Ulrich Bez said the carmaker would double its output from about 2,000 cars.",
        "The chief executive said the carmaker would double its output from about 2,000 cars."))
        .doesNotContain(ChangeKind.ATTRIBUTION_CHANGED, ChangeKind.ATTRIBUTION_DROPPED);
    // a broader word for a role the source gives: the photographer is an artist
    assertThat(kinds("The show was organised by photographer Spencer Tunick. \"It is about the human form,\" Tunick said.",
        "The show was organised by photographer Spencer Tunick. \"It is about the human form,\" the artist said."))
        .doesNotContain(ChangeKind.ATTRIBUTION_CHANGED, ChangeKind.ATTRIBUTION_DROPPED);
  }

  @Test
  void aDenialRestatedWithAnotherVerbOfDenialKeepsItsNegation() {
    String denied = "The player has %s reports that she has pulled out of the tournament because of a wrist injury.";
    assertThat(kinds(denied.formatted("denied"), denied.formatted("rejected"))).doesNotContain(ChangeKind.NEGATION_CHANGED);
    assertThat(kinds(denied.formatted("denied"), denied.formatted("dismissed"))).doesNotContain(ChangeKind.NEGATION_CHANGED);
    assertThat(kinds(denied.formatted("denied"), denied.formatted("confirmed"))).contains(ChangeKind.NEGATION_CHANGED);
  }

  @Test
  void aRankChangedInAMovedClauseIsANumberChange() {
    String a = "The player is still ranked 22nd in the world despite only playing a handful of matches last season.";
    assertThat(article.changes(a,
        "Despite playing only a handful of matches last season, the player is still ranked 12th in the world."))
        .anyMatch(c -> c.kind() == ChangeKind.NUMBER_CHANGED && "22nd".equals(c.from()) && "12th".equals(c.to()));
    assertThat(kinds(a, "Despite playing only a handful of matches last season, the player is still ranked 22nd in the world."))
        .doesNotContain(ChangeKind.NUMBER_CHANGED);
  }
}
