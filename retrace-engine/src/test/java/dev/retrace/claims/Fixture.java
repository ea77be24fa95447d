package dev.retrace.claims;

import dev.retrace.text.Sentence;
import dev.retrace.text.WordTokenizer;
import java.util.List;
import java.util.stream.Collectors;

/** Shared helpers: real OpenNLP tokens, one extractor, look-ups by surface text. */
final class Fixture {
  private Fixture() {}

  static final WordTokenizer TOKENIZER = new WordTokenizer();
  static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

  static Sentence sentence(String text) {
    return new Sentence(0, 0, text, TOKENIZER.tokenize(text), List.of());
  }

  static SentenceClaims claims(String text) {
    return EXTRACTOR.extract(sentence(text));
  }

  static Words words(String text) {
    return Words.of(sentence(text));
  }

  /** The quantity whose number is written exactly {@code number}; fails when there is none. */
  static Quantity quantity(SentenceClaims c, String number) {
    return c.quantities().stream().filter(q -> q.number().equals(number)).findFirst()
        .orElseThrow(() -> new AssertionError("no quantity " + number + " in " + c.quantities()));
  }

  static Quantity only(SentenceClaims c) {
    if (c.quantities().size() != 1) {
      throw new AssertionError("expected one quantity, got " + c.quantities());
    }
    return c.quantities().get(0);
  }

  static TimeExpression time(SentenceClaims c, String text) {
    return c.times().stream().filter(t -> t.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no time " + text + " in " + c.times()));
  }

  static List<String> numbers(SentenceClaims c) {
    return c.quantities().stream().map(Quantity::number).collect(Collectors.toList());
  }

  static List<String> normalizedTimes(SentenceClaims c) {
    return c.times().stream().map(TimeExpression::normalized).collect(Collectors.toList());
  }

  static List<String> sources(SentenceClaims c) {
    return c.attributions().stream().map(Attribution::source).collect(Collectors.toList());
  }

  static List<Hedge.Kind> hedgeKinds(SentenceClaims c) {
    return c.hedges().stream().map(Hedge::kind).collect(Collectors.toList());
  }
}
