package dev.retrace.claims;

import java.util.List;

/**
 * Who a sentence says a claim comes from: "Ukraine's defense ministry said", "according to NATO",
 * "the SVR argued", "a senior NATO official said at a briefing".
 *
 * @param source    the source phrase as written ("Ukraine's defense ministry")
 * @param names     normalised name keys of the source for matching: lower-case tokens of proper
 *                  names and head nouns without determiners or possessive 's ("ukraine", "defense", "ministry")
 * @param generic   true when the source is a pronoun or a generic noun ("it", "he", "officials",
 *                  "the organization", "the agency") that cannot be contradicted by another name
 * @param verb      the reporting verb or phrase ("said", "according to", "claims")
 * @param certainty how strongly the frame presents the claim
 */
public record Attribution(String source, List<String> names, boolean generic, String verb, Certainty certainty,
    int start, int end) {
  public Attribution {
    names = List.copyOf(names);
  }

  /** REPORTED: said/claimed/according to (someone's claim); ASSERTED: confirmed/revealed/proved/admitted (presented as established). */
  public enum Certainty { REPORTED, ASSERTED }
}
