package dev.retrace.sketches;

import dev.retrace.text.ContentTerms;
import org.apache.lucene.analysis.CharArraySet;

/**
 * English function words ("the", "which", "although" ...), which carry no fact: the list the text package
 * ships, as Lucene's CharArraySet because the sketcher looks words up straight from its char buffer, without
 * making a String per word.
 */
final class FunctionWords {
  static final CharArraySet SET = ContentTerms.functionWords();

  private FunctionWords() {}
}
