package dev.retrace.changes;

import dev.retrace.changes.GroupClaims.Located;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Flags a group whose two sides differ in negation by an odd count: one side says a thing is so, the
 * other that it is not. Counting, not matching words, because "no evidence has been provided" and "did
 * not provide any evidence" negate the same claim with different words.
 */
final class NegationChanges {
  static void detect(GroupClaims ga, GroupClaims gb, ChangeSink out) {
    int na = ga.negations.size();
    int nb = gb.negations.size();
    if ((na + nb) % 2 == 1) {
      out.change(ChangeKind.NEGATION_CHANGED, Severity.MAJOR, ga.text, gb.text, ga.sentences, gb.sentences, null,
          cues(ga.negations), cues(gb.negations),
          na > nb ? "the copy drops a negation the source has" : "the copy negates what the source does not");
    }
  }

  private static String cues(List<Located<String>> cues) {
    return cues.isEmpty() ? null : cues.stream().map(Located::claim).collect(Collectors.joining(", "));
  }

  private NegationChanges() {}
}
