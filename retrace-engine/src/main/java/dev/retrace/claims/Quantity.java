package dev.retrace.claims;

/**
 * A figure in a sentence with what it counts.
 *
 * @param value     numeric value ("2,030" → 2030, "a million" → 1e6, "3.5 billion" → 3.5e9, "90 percent" → 90)
 * @param upper     upper end for a range ("between 10 and 12" → 12), else null
 * @param text      the whole surface phrase, e.g. "more than 2,000 troops"
 * @param number    just the number as written, e.g. "2,000", "a million"
 * @param qualifier approximation or bound words before the number
 * @param unit      what is counted or measured, lower-case lemma: "troops", "personnel", "people",
 *                  "percent", "usd", "km2", "year" ... or null when nothing names it
 * @param category  canonical category of the claim for comparison (see {@link Categories}), or null
 * @param cue       the word(s) that decided the category, e.g. "killed", "personnel losses"
 * @param start     character offset of the phrase in the sentence
 * @param end       offset after the phrase
 */
public record Quantity(double value, Double upper, String text, String number, Qualifier qualifier,
    String unit, String category, String cue, int start, int end) {}
