package dev.retrace.claims;

import dev.retrace.text.Sentence;
import java.util.List;

/**
 * Extracts the checkable claims of one sentence: figures with their category, times, places and names,
 * attributions, quotations, hedges and negation cues.
 *
 * <p>A pipeline of single-purpose parts over one {@link Words} view of the sentence: quotations are
 * found first (reporting verbs inside them are not the sentence's frame), then times (their tokens are
 * never figures), figures, attributions, names, hedges and negations. Every part is stateless, uses
 * precompiled lexicons and patterns, and loads no model, so one instance serves all threads.
 * Never throws on odd input: an empty, non-English or token-less sentence gives empty or sparse claims.
 */
public final class ClaimExtractor {
  private final QuotationExtractor quotations = new QuotationExtractor();
  private final TimeExtractor times = new TimeExtractor();
  private final QuantityExtractor quantities = new QuantityExtractor();
  private final AttributionExtractor attributions = new AttributionExtractor();
  private final EntityExtractor entities = new EntityExtractor();
  private final HedgeExtractor hedges = new HedgeExtractor();
  private final NegationDetector negations = new NegationDetector();

  public SentenceClaims extract(Sentence s) {
    if (s == null) {
      return empty(-1);
    }
    Words w = Words.of(s);
    if (w.size() == 0) {
      return empty(s.index());
    }
    List<int[]> quoteSpans = quotations.spans(w.text());
    boolean[] inQuote = QuotationExtractor.mask(w, quoteSpans);
    boolean[] time = new boolean[w.size()];
    List<TimeExpression> t = times.extract(w, time);
    List<Quantity> q = quantities.extract(w, time);
    List<Attribution> a = attributions.extract(w, inQuote, time);
    List<Quotation> quotes = quotations.extract(w.text(), quoteSpans, a);
    EntityExtractor.Names names = entities.extract(w, time);
    List<Hedge> h = hedges.extract(w);
    return new SentenceClaims(s.index(), q, t, names.places(), names.entities(), a, quotes, h, negations.detect(w, h));
  }

  private static SentenceClaims empty(int index) {
    return new SentenceClaims(index, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of());
  }
}
