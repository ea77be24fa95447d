package dev.retrace.claims;

/**
 * A hedge or caveat that weakens a claim: "if the figures are accurate", "no evidence has been
 * provided", "could not be independently verified", "analysts are skeptical", "allegedly", "may".
 *
 * @param text the hedge phrase as written
 * @param kind the family, so that "analysts are skeptical" and "analysts remain cautious" match
 */
public record Hedge(String text, Kind kind, int start, int end) {
  public enum Kind {
    CONDITIONAL,   // if ... accurate/true/confirmed
    NO_EVIDENCE,   // no evidence, without providing evidence, did not provide any evidence
    UNVERIFIED,    // could not be (independently) verified/confirmed, unconfirmed
    SKEPTICISM,    // skeptical, cautious, doubt, questioned
    REPORTED,      // reportedly, allegedly, purportedly, claimed to
    MODAL          // may, might, could, possibly, likely, appears to, is believed to
  }
}
