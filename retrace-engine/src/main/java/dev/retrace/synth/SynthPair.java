package dev.retrace.synth;

import java.util.List;

/**
 * One generated pair: {@code b} derived from {@code a} (label 1, with how and which facts were edited), or a
 * hard negative (label 0, derivation {@code none}).
 *
 * @param base        for a fact-edited copy, the derivation the edits were applied to; else the derivation
 * @param sharedNames for a hard negative, the names both articles mention
 */
public record SynthPair(String id, SynthArticle a, SynthArticle b, int label, Derivation derivation,
    List<Edit> edits, String sourceId, String category, List<String> sharedNames) {
  public SynthPair {
    edits = List.copyOf(edits);
    sharedNames = List.copyOf(sharedNames);
  }
}
