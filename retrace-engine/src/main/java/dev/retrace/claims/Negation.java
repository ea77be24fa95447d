package dev.retrace.claims;

import java.util.List;

/**
 * A negation cue and what it negates.
 *
 * @param cue   the cue, lower-cased ("not", "n't", "no", "never", "without", "fail to", "denied" ...)
 * @param negated the first content words after the cue in its clause (at most two), lower-cased: "did not
 *                <b>say</b>", "no <b>party affiliation</b>", "didn't <b>report</b> anything about a <b>decline</b>",
 *                "nobody was <b>hurt</b>"; empty when the clause ends first. A copy that has none of them dropped
 *                or added the negated words, which is not the same claim reversed.
 */
public record Negation(String cue, List<String> negated) {
  public Negation {
    negated = List.copyOf(negated);
  }
}
