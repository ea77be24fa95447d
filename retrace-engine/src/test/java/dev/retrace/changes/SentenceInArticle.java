package dev.retrace.changes;

import dev.retrace.Retrace;
import dev.retrace.documents.Document;
import java.util.List;

/**
 * Two versions of one passage, each set between the same opening sentence and the same closing sentences, so
 * that a rule test compares whole articles as the engine meets them while only the passage differs.
 */
final class SentenceInArticle {
  private static final String TAIL = " Union leaders said they would meet managers next week to discuss the plan. "
      + "Shares in the company closed slightly higher in London on the news.";

  private final Retrace retrace = Retrace.create();
  private final String lead;

  /** @param lead the opening sentence both articles share */
  SentenceInArticle(String lead) {
    this.lead = lead;
  }

  /** The kinds of the changes found from the version {@code a} to the version {@code b}. */
  List<ChangeKind> kinds(String a, String b) {
    return changes(a, b).stream().map(Change::kind).toList();
  }

  /** The changes found from the version {@code a} to the version {@code b}. */
  List<Change> changes(String a, String b) {
    return retrace.compare(Document.of("a", lead + a + TAIL), Document.of("b", lead + b + TAIL)).changes();
  }
}
