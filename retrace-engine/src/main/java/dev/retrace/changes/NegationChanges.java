package dev.retrace.changes;

import dev.retrace.changes.GroupClaims.Located;
import dev.retrace.claims.Negation;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Flags a group whose two sides differ in negation by an odd count: one side says a thing is so, the
 * other that it is not. Counting, not matching words, because "no evidence has been provided" and "did
 * not provide any evidence" negate the same claim with different words. The side with more negations must
 * negate something the other side also says, and not what the other side negates too ("denied the charges,
 * saying they never conspired" against "deny that they conspired"). When the words a cue negates are missing
 * from the other side ("a member with no party affiliation said ..." against "a member said ..."; "no par
 * value stock" against a sentence about other shares), the negated phrase was dropped or added, which coverage
 * reports, and the claims left do not say the reverse of each other.
 */
final class NegationChanges {
  /**
   * Verbs of denial: "denied reports" restated as "rejected reports" or "dismissed reports" keeps the denial.
   * Only "deny" counts as a negation cue ("rejected the offer" is no negation of "the offer"); the others answer it.
   */
  private static final Set<String> DENIALS = Set.of("deny", "denies", "denied", "denying", "reject", "rejects",
      "rejected", "rejecting", "dismiss", "dismisses", "dismissed", "dismissing", "refute", "refutes", "refuted",
      "refuting", "rebut", "rebuts", "rebutted", "dispute", "disputes", "disputed", "disputing");

  static void detect(GroupClaims ga, GroupClaims gb, ChangeSink out) {
    int na = ga.negations.size();
    int nb = gb.negations.size();
    if ((na + nb) % 2 == 0) {
      return;
    }
    GroupClaims more = na > nb ? ga : gb;
    GroupClaims other = more == ga ? gb : ga;
    // A negation of the same words on the other side answers it ("deny that they conspired" and "never
    // conspired"); one left over must negate words the other side states.
    List<Negation> unanswered = more.negations.stream().map(Located::claim)
        .filter(n -> other.negations.stream().noneMatch(o -> sameWords(n, o.claim())))
        .filter(n -> !(DENIALS.contains(n.cue()) && other.words().stream().anyMatch(DENIALS::contains)))
        .toList();
    if (unanswered.stream().anyMatch(n -> n.negated().isEmpty() || n.negated().stream().anyMatch(other::hasWord))) {
      out.change(ChangeKind.NEGATION_CHANGED, Severity.MAJOR, ga.text, gb.text, ga.sentences, gb.sentences, null,
          cues(ga.negations), cues(gb.negations),
          na > nb ? "the copy drops a negation the source has" : "the copy negates what the source does not");
    }
  }

  private static boolean sameWords(Negation x, Negation y) {
    return x.negated().stream().anyMatch(y.negated()::contains);
  }

  private static String cues(List<Located<Negation>> cues) {
    return cues.isEmpty() ? null : cues.stream().map(c -> c.claim().cue()).collect(Collectors.joining(", "));
  }

  private NegationChanges() {}
}
