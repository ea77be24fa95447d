package dev.retrace.claims;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * What WordNet 3.1 knows about a word, for telling a rewording from a changed fact: whether a word is
 * mostly used as a noun ("jobs", "profits", "countries"; not "fell", "rose", "fall"), whether two words
 * can mean the same thing (they share a synset, or one's sense is a direct hypernym or hyponym of the
 * other's) or the opposite, which larger places hold a place (London → England → United Kingdom), and
 * whether a capitalised word is a name or only a common word. Loaded on first use; when the dictionary cannot
 * be loaded every word is unknown (not a noun, never related, no place, no entry). Thread-safe.
 */
public final class WordSense {
  private WordSense() {}

  private record Entry(boolean noun, boolean agent, Set<Long> senses, Set<Long> neighbours) {}

  private static final Entry UNKNOWN = new Entry(false, false, Set.of(), Set.of());
  private static final Map<String, Entry> CACHE = new ConcurrentHashMap<>();
  private static volatile Dictionary dictionary;
  private static volatile boolean failed;

  private static Dictionary dictionary() {
    if (dictionary == null && !failed) {
      synchronized (WordSense.class) {
        if (dictionary == null && !failed) {
          try {
            dictionary = Dictionary.getDefaultResourceInstance();
          } catch (JWNLException | RuntimeException e) {
            failed = true;
          }
        }
      }
    }
    return dictionary;
  }

  /**
   * Starts loading the dictionary (about half a second: extjwnl reads its data files whole) on a background
   * thread, so that it is ready when the first comparison needs it instead of stalling that comparison.
   * Returns at once; does nothing when it is loaded, loading or failed.
   */
  public static void preload() {
    if (dictionary != null || failed || preloading) {
      return;
    }
    synchronized (WordSense.class) {
      if (preloading) {
        return;
      }
      preloading = true;
    }
    Thread t = new Thread(WordSense::dictionary, "retrace-wordnet-load");
    t.setDaemon(true);
    t.start();
  }

  private static volatile boolean preloading;

  /**
   * True when the word is a noun in WordNet ("jobs", "profits", "shops", "tax", "spending") and not a past
   * form of a verb that only happens to be a noun too ("rose" of rise, "fell" of fall, "won" of win).
   */
  public static boolean nounLike(String word) {
    return entry(word).noun();
  }

  /** True when the word's first (commonest) noun sense names a group, person or place ("firm", "company", "men"). */
  public static boolean agent(String word) {
    return entry(word).agent();
  }

  /** True when the two words can name the same thing: a shared synset or a direct hypernym link between senses. */
  public static boolean related(String a, String b) {
    Entry x = entry(a);
    Entry y = entry(b);
    for (Long s : x.senses()) {
      if (y.senses().contains(s) || y.neighbours().contains(s)) {
        return true;
      }
    }
    for (Long s : y.senses()) {
      if (x.neighbours().contains(s)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when WordNet lists the two words (in any inflection: "rose" is rise, "fell" is fall) as antonyms in
   * some sense: increase/decrease, win/lose, rise/fall, higher/lower.
   */
  public static boolean antonyms(String a, String b) {
    Set<String> x = ANTONYMS.computeIfAbsent(a.toLowerCase(Locale.ROOT), WordSense::antonymsOf);
    if (x.isEmpty()) {
      return false;
    }
    for (String lemma : LEMMAS.computeIfAbsent(b.toLowerCase(Locale.ROOT), WordSense::lemmasOf)) {
      if (x.contains(lemma)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The other one-word lemmas of the commonest adjective sense of a word ("thriving" → booming, flourishing,
   * prospering, prosperous ...); empty when WordNet lists no adjective of that spelling.
   */
  public static Set<String> adjectiveSynonyms(String word) {
    return ADJECTIVE_SYNONYMS.computeIfAbsent(word.toLowerCase(Locale.ROOT), w -> query(Set.of(), d -> {
      IndexWord adj = d.getIndexWord(POS.ADJECTIVE, w);
      if (adj == null || adj.getSenses().isEmpty()) {
        return Set.of();
      }
      Set<String> out = new HashSet<>();
      for (net.sf.extjwnl.data.Word x : adj.getSenses().get(0).getWords()) {
        if (!x.getLemma().equals(w) && !x.getLemma().contains(" ")) {
          out.add(x.getLemma());
        }
      }
      return Set.copyOf(out);
    }));
  }

  private static final Map<String, Set<String>> ADJECTIVE_SYNONYMS = new ConcurrentHashMap<>();

  /**
   * True for a word that, capitalised at the start of a sentence, is still a common word and not a name:
   * WordNet knows it only with lower-case lemmas, and it is a plural noun ("Officials", "Residents"), a verb's
   * -ing form ("Brewing", "Speaking") or mostly an adjective or adverb ("Local", "Heavy", "Several"). False for
   * words WordNet also knows as names ("Moscow", "Brown"), for singular nouns and verbs, which are often
   * surnames too ("Trump", "Musk"), for words WordNet does not know ("Reuters"), and when WordNet is
   * unavailable.
   */
  public static boolean commonWordNotName(String word) {
    return COMMON_ONLY.computeIfAbsent(word.toLowerCase(Locale.ROOT), WordSense::lookupCommonNotName);
  }

  private static final Map<String, Boolean> COMMON_ONLY = new ConcurrentHashMap<>();

  private static boolean lookupCommonNotName(String w) {
    return query(false, d -> {
      boolean known = false;
      boolean plural = false;
      POS commonest = null;
      int commonestUses = -1;
      for (POS pos : OPEN_CLASSES) {
        int uses = 0;
        for (String base : d.getMorphologicalProcessor().lookupAllBaseForms(pos, w)) {
          IndexWord iw = d.getIndexWord(pos, base);
          if (iw == null) {
            continue;
          }
          plural |= pos == POS.NOUN && !base.equals(w);
          for (Synset s : iw.getSenses()) {
            for (net.sf.extjwnl.data.Word word : s.getWords()) {
              if (word.getLemma().equalsIgnoreCase(iw.getLemma())) {
                known = true;
                if (!word.getLemma().equals(word.getLemma().toLowerCase(Locale.ROOT))) {
                  return false; // a proper sense: "Brown", "Young", "Moscow"
                }
                uses += word.getUseCount() + 1;
              }
            }
          }
        }
        if (uses > commonestUses) {
          commonestUses = uses;
          commonest = pos;
        }
      }
      // "Brewing giant Inbev", "Speaking to reporters": a verb's -ing form opening a sentence
      boolean gerund = w.endsWith("ing")
          && d.getMorphologicalProcessor().lookupAllBaseForms(POS.VERB, w).stream().anyMatch(b -> !b.equals(w));
      return known && (plural || gerund || commonest == POS.ADJECTIVE || commonest == POS.ADVERB);
    });
  }

  /**
   * True when the word names a colour: one of its noun senses is a chromatic or achromatic colour in WordNet,
   * within four hypernym steps ("blue", "white", "crimson", "grey"); false for "paint", "colour" itself, and when
   * WordNet is unavailable.
   */
  public static boolean colour(String word) {
    return COLOURS.computeIfAbsent(word.toLowerCase(Locale.ROOT), w -> query(false, d -> {
      IndexWord noun = d.lookupIndexWord(POS.NOUN, w);
      if (noun == null) {
        return false;
      }
      for (Synset s : noun.getSenses()) {
        List<Synset> level = List.of(s);
        for (int depth = 0; depth < 4 && !level.isEmpty(); depth++) {
          List<Synset> up = new java.util.ArrayList<>();
          for (Synset x : level) {
            for (var p : x.getPointers(PointerType.HYPERNYM)) {
              Synset h = p.getTargetSynset();
              if (h == null) {
                continue;
              }
              if (h.containsWord("chromatic color") || h.containsWord("achromatic color")) {
                return true;
              }
              up.add(h);
            }
          }
          level = up;
        }
      }
      return false;
    }));
  }

  private static final Map<String, Boolean> COLOURS = new ConcurrentHashMap<>();

  /**
   * True when the two nouns name different things of one kind: their commonest noun senses are distinct, of the
   * same sort in WordNet's filing (acts, artifacts, persons, plants...) and filed directly under the same more
   * general sense ("murder" and "manslaughter" under homicide, "car" and "truck" under motor vehicle, "husband"
   * and "wife" under spouse), and no sense of one is a synonym, direct hypernym or hyponym of the other's
   * ({@link #related}: "activist" and "protester" can name one person). Only the commonest senses count,
   * because rare senses make near everything a sibling of something. Words that name one of WordNet's top
   * kinds ("animal", "person", "act": its noun.Tops file) are too general to be one thing of a kind: "animals"
   * and "individuals" are both organisms. False for words WordNet does not know as nouns, and when WordNet is
   * unavailable.
   */
  public static boolean siblings(String a, String b) {
    CommonestNoun x = commonestNoun(a);
    CommonestNoun y = commonestNoun(b);
    if (x == NO_NOUN || y == NO_NOUN || x.key() == y.key() || !x.lexFile().equals(y.lexFile())
        || "noun.Tops".equals(x.lexFile())) {
      return false;
    }
    return x.parents().stream().anyMatch(y.parents()::contains) && !related(a, b);
  }

  /**
   * The two nouns a closed compound WordNet does not list is written from ("clifftop" → cliff, top; "shopfront"
   * → shop, front), each of three letters or more; empty for a word WordNet knows or that splits into no two
   * nouns. The first split found from the left is taken.
   */
  public static List<String> compoundParts(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.length() < 6 || known(w) || !w.chars().allMatch(Character::isLetter)) {
      return List.of();
    }
    for (int k = 3; k <= w.length() - 3; k++) {
      String left = w.substring(0, k);
      String right = w.substring(k);
      if (nounLike(left) && nounLike(right)) {
        return List.of(left, right);
      }
    }
    return List.of();
  }

  /**
   * True when the word's commonest noun sense is a time ("month", "quarter", "Tuesday") or a measure ("dollar",
   * "tonne", "bushel") in WordNet's own filing (its noun.time and noun.quantity files).
   */
  public static boolean timeOrMeasure(String word) {
    String lex = commonestNoun(word).lexFile();
    return "noun.time".equals(lex) || "noun.quantity".equals(lex);
  }

  /** A word's commonest noun sense: its key, WordNet's file for it, and the keys of its direct hypernyms. */
  private record CommonestNoun(long key, String lexFile, Set<Long> parents) {}

  private static final CommonestNoun NO_NOUN = new CommonestNoun(-1, "", Set.of());
  private static final Map<String, CommonestNoun> COMMONEST_NOUN = new ConcurrentHashMap<>();

  private static CommonestNoun commonestNoun(String word) {
    return COMMONEST_NOUN.computeIfAbsent(word.toLowerCase(Locale.ROOT), w -> query(NO_NOUN, d -> {
      IndexWord noun = d.lookupIndexWord(POS.NOUN, w);
      if (noun == null || noun.getSenses().isEmpty()) {
        return NO_NOUN;
      }
      Synset first = noun.getSenses().get(0);
      Set<Long> parents = new HashSet<>();
      for (PointerType t : List.of(PointerType.HYPERNYM, PointerType.INSTANCE_HYPERNYM)) {
        for (var p : first.getPointers(t)) {
          if (p.getTargetSynset() != null) {
            parents.add(key(p.getTargetSynset()));
          }
        }
      }
      return new CommonestNoun(key(first), first.getLexFileName(), Set.copyOf(parents));
    }));
  }

  /**
   * True when WordNet knows the word in some inflection and word class ("acquisitions", "went"): it has a base
   * form ({@link #lemmasOf}); "wil" has none.
   */
  public static boolean known(String word) {
    return !baseForms(word).isEmpty();
  }

  /** Base forms of the word in every open word class ("rose" → rise, rose; "fallen" → fall); empty when unknown. */
  public static Set<String> baseForms(String word) {
    return LEMMAS.computeIfAbsent(word.toLowerCase(Locale.ROOT), WordSense::lemmasOf);
  }

  /** True when the word is an inflected form of a WordNet verb ("bought" of buy, "attacks" of attack). */
  public static boolean inflectedVerb(String word) {
    return VERB_FORMS.computeIfAbsent(word.toLowerCase(Locale.ROOT), w -> query(false, d -> {
      for (String base : d.getMorphologicalProcessor().lookupAllBaseForms(POS.VERB, w)) {
        if (!base.equals(w) && d.getIndexWord(POS.VERB, base) != null) {
          return true;
        }
      }
      return false;
    }));
  }

  private static final Map<String, Boolean> VERB_FORMS = new ConcurrentHashMap<>();

  /** True when WordNet has an entry for the phrase in any word class ("sri lankan", "north korean"). */
  public static boolean inDictionary(String phrase) {
    return ENTRIES.computeIfAbsent(phrase.toLowerCase(Locale.ROOT), WordSense::lookupEntry);
  }

  private static final Map<String, Boolean> ENTRIES = new ConcurrentHashMap<>();

  private static boolean lookupEntry(String phrase) {
    return query(false, d -> {
      for (POS pos : OPEN_CLASSES) {
        if (d.getIndexWord(pos, phrase) != null) {
          return true;
        }
      }
      return false;
    });
  }

  /**
   * WordNet's key of the place a name most commonly denotes ("U.K." and "Britain" share one; "Paris" is the
   * French capital, not the town in Texas), or -1 when WordNet knows no place by that name.
   */
  public static long placeSense(String name) {
    return PLACES.computeIfAbsent(placeLemma(name), WordSense::lookupPlace).key();
  }

  /**
   * Keys of the place a name commonly denotes and of every larger place WordNet says it is part of, to the
   * top: London → England, United Kingdom, British Isles, Europe, ... Empty when the name is no known place.
   */
  public static Set<Long> placeAndRegions(String name) {
    return PLACES.computeIfAbsent(placeLemma(name), WordSense::lookupPlace).regions();
  }

  /**
   * Keys of the places a nationality or regional adjective pertains to in WordNet ("Brazilian" → Brazil,
   * "Belgian" → Belgium, "Texan" → Texas), so that a copy's "Brazil's Ambev" is supported by its source's
   * "Brazilian brewer Ambev". Empty when the word pertains to no place.
   */
  public static Set<Long> placesOf(String adjective) {
    return DEMONYMS.computeIfAbsent(adjective.toLowerCase(Locale.ROOT), w -> query(Set.of(), d -> {
      IndexWord adj = d.getIndexWord(POS.ADJECTIVE, w);
      if (adj == null) {
        return Set.of();
      }
      Set<Long> out = new HashSet<>();
      for (Synset s : adj.getSenses()) {
        for (net.sf.extjwnl.data.Word word : s.getWords()) {
          for (var p : word.getPointers(PointerType.PERTAINYM)) {
            Synset target = p.getTargetSynset();
            if (target != null && "noun.location".equals(target.getLexFileName())) {
              out.add(key(target));
            }
          }
        }
      }
      return Set.copyOf(out);
    }));
  }

  private static final Map<String, Set<Long>> DEMONYMS = new ConcurrentHashMap<>();

  private record Place(long key, Set<Long> regions) {}

  private static final Place NO_PLACE = new Place(-1, Set.of());
  private static final Map<String, Place> PLACES = new ConcurrentHashMap<>();
  /** Enough for city → state → country → continent → hemisphere; WordNet's part-of chains are short. */
  private static final int MAX_REGIONS = 64;

  /** "the U.K" (a sentence's full stop taken off an abbreviation) → "u.k."; other names lower-cased. */
  private static String placeLemma(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    if (n.startsWith("the ")) {
      n = n.substring(4);
    }
    if (n.matches("(\\p{L}\\.)+\\p{L}")) {
      n = n + ".";
    }
    return n;
  }

  private static Place lookupPlace(String lemma) {
    if (lemma.isEmpty()) {
      return NO_PLACE;
    }
    return query(NO_PLACE, d -> {
      IndexWord iw = d.getIndexWord(POS.NOUN, lemma);
      if (iw == null) {
        return NO_PLACE;
      }
      Synset place = null;
      for (Synset s : iw.getSenses()) {
        if ("noun.location".equals(s.getLexFileName())) {
          place = s;
          break;
        }
      }
      if (place == null) {
        return NO_PLACE;
      }
      Set<Long> regions = new HashSet<>();
      java.util.ArrayDeque<Synset> todo = new java.util.ArrayDeque<>(List.of(place));
      regions.add(key(place));
      while (!todo.isEmpty() && regions.size() < MAX_REGIONS) {
        for (var p : todo.poll().getPointers(PointerType.PART_HOLONYM)) {
          Synset larger = p.getTargetSynset();
          if (larger != null && regions.add(key(larger))) {
            todo.add(larger);
          }
        }
      }
      return new Place(key(place), Set.copyOf(regions));
    });
  }

  private static final Map<String, Set<String>> ANTONYMS = new ConcurrentHashMap<>();
  private static final Map<String, Set<String>> LEMMAS = new ConcurrentHashMap<>();
  private static final POS[] OPEN_CLASSES = {POS.NOUN, POS.VERB, POS.ADJECTIVE, POS.ADVERB};

  /** Base forms of a word in every open word class ("fell" → fall, fell). */
  private static Set<String> lemmasOf(String w) {
    return query(Set.of(), d -> {
      Set<String> out = new HashSet<>();
      for (POS pos : OPEN_CLASSES) {
        // every base form, not only the first: "fell" is a verb of its own and also fall's past tense
        for (String base : d.getMorphologicalProcessor().lookupAllBaseForms(pos, w)) {
          if (d.getIndexWord(pos, base) != null) {
            out.add(base.toLowerCase(Locale.ROOT));
          }
        }
      }
      return out;
    });
  }

  /** Lemmas WordNet marks as antonyms of any sense of the word (antonymy is a relation between words). */
  private static Set<String> antonymsOf(String w) {
    return query(Set.of(), d -> {
      Set<String> out = new HashSet<>();
      for (POS pos : OPEN_CLASSES) {
        IndexWord iw = d.lookupIndexWord(pos, w);
        if (iw == null) {
          continue;
        }
        for (Synset s : iw.getSenses()) {
          for (net.sf.extjwnl.data.Word word : s.getWords()) {
            if (!word.getLemma().equalsIgnoreCase(iw.getLemma())) {
              continue;
            }
            for (var p : word.getPointers(PointerType.ANTONYM)) {
              if (p.getTarget() instanceof net.sf.extjwnl.data.Word target) {
                out.add(target.getLemma().toLowerCase(Locale.ROOT));
              }
            }
          }
        }
      }
      return out;
    });
  }

  private static Entry entry(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return CACHE.computeIfAbsent(w, WordSense::lookup);
  }

  private static Entry lookup(String w) {
    return query(UNKNOWN, d -> {
      IndexWord noun = d.lookupIndexWord(POS.NOUN, w);
      IndexWord verb = d.lookupIndexWord(POS.VERB, w);
      boolean isNoun = noun != null && !noun.getSenses().isEmpty();
      if (isNoun && noun.getLemma().equals(w) && !w.endsWith("ing")) {
        for (String base : d.getMorphologicalProcessor().lookupAllBaseForms(POS.VERB, w)) {
          boolean thirdPerson = w.equals(base + "s") || w.equals(base + "es")
              || base.endsWith("y") && w.equals(base.substring(0, base.length() - 1) + "ies");
          if (!base.equals(w) && !thirdPerson) {
            isNoun = false; // "rose", "fell", "won"
          }
        }
      }
      // The commonest sense decides: "bonds" and "imports" have rare group or person senses (James Bond)
      // but name things; "firm", "company" and "men" name who acts.
      boolean agent = false;
      if (noun != null && !noun.getSenses().isEmpty()) {
        String lex = noun.getSenses().get(0).getLexFileName();
        agent = "noun.group".equals(lex) || "noun.person".equals(lex) || "noun.location".equals(lex);
      }
      Set<Long> senses = new HashSet<>();
      Set<Long> neighbours = new HashSet<>();
      for (IndexWord iw : new IndexWord[] {noun, verb, d.lookupIndexWord(POS.ADJECTIVE, w)}) {
        if (iw == null) {
          continue;
        }
        for (Synset s : iw.getSenses()) {
          senses.add(key(s));
          for (PointerType t : List.of(PointerType.HYPERNYM, PointerType.HYPONYM, PointerType.INSTANCE_HYPERNYM,
              PointerType.SIMILAR_TO)) {
            for (var p : s.getPointers(t)) {
              Synset target = p.getTargetSynset();
              if (target != null) {
                neighbours.add(key(target));
              }
            }
          }
        }
      }
      return new Entry(isNoun, agent, senses, neighbours);
    });
  }

  /** One look-up in the dictionary; may throw what extjwnl throws. */
  private interface Query<T> {
    T run(Dictionary d) throws JWNLException;
  }

  /**
   * Runs a look-up under the class lock (extjwnl's dictionary is not thread-safe), or gives {@code fallback}
   * when the dictionary cannot be loaded or the look-up fails: WordNet then knows nothing about the word.
   */
  private static <T> T query(T fallback, Query<T> q) {
    Dictionary d = dictionary();
    if (d == null) {
      return fallback;
    }
    synchronized (WordSense.class) {
      try {
        return q.run(d);
      } catch (JWNLException | RuntimeException e) {
        return fallback;
      }
    }
  }

  private static long key(Synset s) {
    return s.getOffset() * 4 + s.getPOS().getId();
  }

}
