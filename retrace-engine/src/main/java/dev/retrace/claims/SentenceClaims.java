package dev.retrace.claims;

import java.util.List;

/**
 * Everything checkable that one sentence asserts.
 *
 * @param sentence     index of the sentence in its article
 * @param quantities   figures with their category
 * @param times        dates and periods
 * @param places       place names the sentence locates something in ("Kursk region", "Brussels")
 * @param entities     proper names (people, organisations, places), as written, longest match
 * @param attributions who the sentence says the claim comes from
 * @param quotations   quoted words
 * @param hedges       caveats
 * @param negations    negation cues ("not", "no", "never", "n't", "without" ...), each with what it negates
 */
public record SentenceClaims(int sentence, List<Quantity> quantities, List<TimeExpression> times,
    List<String> places, List<String> entities, List<Attribution> attributions, List<Quotation> quotations,
    List<Hedge> hedges, List<Negation> negations) {
  public SentenceClaims {
    quantities = List.copyOf(quantities);
    times = List.copyOf(times);
    places = List.copyOf(places);
    entities = List.copyOf(entities);
    attributions = List.copyOf(attributions);
    quotations = List.copyOf(quotations);
    hedges = List.copyOf(hedges);
    negations = List.copyOf(negations);
  }
}
