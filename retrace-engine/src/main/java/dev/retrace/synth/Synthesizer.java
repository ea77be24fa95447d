package dev.retrace.synth;

import dev.retrace.changes.ChangeKind;
import dev.retrace.documents.Document;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates labelled derived copies from real articles, reproducibly: the same sources and seed give the same
 * output, byte for byte. Every drawn source yields
 * <ul>
 *   <li>one derived copy, its derivation cycling through exact, near, partial, abridged, reordered and paraphrased;
 *   <li>one fact-edited copy: a single edit, made on an exact or a near copy so that the edit is the only change
 *       of fact; the kinds are kept balanced (the least-used kind that applies to the article is taken), so that a
 *       kind that few articles allow, such as category_changed, is used wherever it can be;
 *   <li>when the corpus has categories, one hard negative: another story of the same category that shares the
 *       most names with it and shares no passage (no common word 8-shingle).
 * </ul>
 * Randomness is drawn per source from the seed and the source's id.
 */
public final class Synthesizer {
  static final List<Derivation> DERIVED = List.of(Derivation.EXACT, Derivation.NEAR, Derivation.PARTIAL,
      Derivation.ABRIDGED, Derivation.REORDERED, Derivation.PARAPHRASED);
  /** Articles shorter than this (sentences) are not drawn: too little to abridge, reorder or edit. */
  static final int MIN_SENTENCES = 4;

  private final long seed;
  private final Paraphraser paraphraser;
  private final FactEdits factEdits;

  public Synthesizer(long seed) {
    this(seed, Synonyms.shared());
  }

  Synthesizer(long seed, Synonyms synonyms) {
    this.seed = seed;
    this.paraphraser = new Paraphraser(synonyms);
    this.factEdits = new FactEdits(synonyms);
  }

  /** What one run generated. */
  public record Result(List<SynthPair> pairs, Map<String, SynthArticle> corpus, List<GroundTruth> truth) {}

  /** One line of ground-truth.jsonl: how the corpus article {@code id} was made from {@code source_id}. */
  public record GroundTruth(String id, String sourceId, Derivation derivation, List<Edit> edits) {}

  /**
   * @param sources  all articles of one or more corpora (hard negatives and donor sentences come from all)
   * @param limit    at most this many sources are drawn per corpus (0: all)
   * @param progress told after each drawn source
   */
  public Result generate(List<SourceArticle> sources, int limit, IntConsumer progress) {
    List<SourceArticle> sorted = new ArrayList<>(sources);
    sorted.sort(Comparator.comparing(SourceArticle::id));
    Map<String, List<SourceArticle>> byCategory = new HashMap<>();
    Map<String, Set<String>> names = new HashMap<>();
    for (SourceArticle s : sorted) {
      if (s.category() != null) {
        byCategory.computeIfAbsent(s.category(), k -> new ArrayList<>()).add(s);
        names.put(s.id(), names(s.document().text()));
      }
    }
    List<SourceArticle> drawn = draw(sorted, limit);
    List<SynthPair> pairs = new ArrayList<>();
    Map<String, SynthArticle> corpus = new LinkedHashMap<>();
    List<GroundTruth> truth = new ArrayList<>();
    int n = 0;
    int copyNumber = 0;
    Map<ChangeKind, Integer> used = new HashMap<>();
    for (int i = 0; i < drawn.size(); i++) {
      SourceArticle source = drawn.get(i);
      Random random = new Random(seed * 0x9E3779B97F4A7C15L ^ source.id().hashCode());
      Article original = Article.parse(source.document().title(), source.document().text());
      SynthArticle a = article(source.id(), original, source.document().published(), 0);
      corpus.put(a.id(), a);

      // 1. a derived copy
      Derivation derivation = DERIVED.get(i % DERIVED.size());
      Article copy = derive(derivation, original, random);
      String copyId = copyId(++copyNumber);
      SynthArticle b = article(copyId, copy, source.document().published(), 1);
      pairs.add(new SynthPair(pairId(++n), a, b, 1, derivation, List.of(), source.id(), source.category(), List.of()));
      corpus.put(copyId, b);
      truth.add(new GroundTruth(copyId, source.id(), derivation, List.of()));

      // 2. a fact-edited copy
      Derivation base = random.nextBoolean() ? Derivation.EXACT : Derivation.NEAR;
      Article edited = base == Derivation.EXACT ? original.copy() : Derivations.near(original, random);
      Edit edit = null;
      List<ChangeKind> order = new ArrayList<>();
      for (int k = 0; k < FactEdits.KINDS.size(); k++) {
        order.add(FactEdits.KINDS.get((i + k) % FactEdits.KINDS.size()));
      }
      order.sort(Comparator.comparingInt(k -> used.getOrDefault(k, 0))); // stable: ties keep the cycle order
      for (ChangeKind kind : order) {
        Article attempt = edited.copy();
        edit = factEdits.apply(kind, attempt, random, kind == ChangeKind.ADDED_UNSUPPORTED ? donor(source, sorted, random) : null);
        if (edit != null) {
          edited = attempt;
          used.merge(kind, 1, Integer::sum);
          break;
        }
      }
      if (edit != null) {
        String editedId = copyId(++copyNumber);
        SynthArticle e = article(editedId, edited, source.document().published(), 1);
        pairs.add(new SynthPair(pairId(++n), a, e, 1, base, List.of(edit), source.id(), source.category(), List.of()));
        corpus.put(editedId, e);
        truth.add(new GroundTruth(editedId, source.id(), base, List.of(edit)));
      }

      // 3. a hard negative
      if (source.category() != null) {
        SourceArticle other = hardNegative(source, byCategory.get(source.category()), names, random);
        if (other != null) {
          Article o = Article.parse(other.document().title(), other.document().text());
          SynthArticle on = article(other.id(), o, other.document().published(), 0);
          corpus.putIfAbsent(on.id(), on);
          Set<String> shared = new TreeSet<>(names.get(source.id()));
          shared.retainAll(names.get(other.id()));
          pairs.add(new SynthPair(pairId(++n), a, on, 0, Derivation.NONE, List.of(), source.id(), source.category(),
              new ArrayList<>(shared)));
        }
      }
      progress.accept(i + 1);
    }
    return new Result(pairs, corpus, truth);
  }

  /** The sources to derive from: per corpus, a seeded shuffle of those with enough sentences, cut at limit. */
  private List<SourceArticle> draw(List<SourceArticle> sorted, int limit) {
    Map<String, List<SourceArticle>> byCorpus = new LinkedHashMap<>();
    for (SourceArticle s : sorted) {
      byCorpus.computeIfAbsent(s.corpus(), k -> new ArrayList<>()).add(s);
    }
    List<SourceArticle> out = new ArrayList<>();
    for (var entry : new java.util.TreeMap<>(byCorpus).entrySet()) {
      List<SourceArticle> list = new ArrayList<>(entry.getValue());
      Collections.shuffle(list, new Random(seed ^ entry.getKey().hashCode()));
      int taken = 0;
      for (SourceArticle s : list) {
        if (limit > 0 && taken >= limit) {
          break;
        }
        if (Article.parse(null, s.document().text()).sentenceCount() >= MIN_SENTENCES) {
          out.add(s);
          taken++;
        }
      }
    }
    return out;
  }

  Article derive(Derivation derivation, Article original, Random random) {
    return switch (derivation) {
      case EXACT -> Derivations.exact(original);
      case NEAR -> Derivations.near(original, random);
      case PARTIAL -> Derivations.partial(original, random);
      case ABRIDGED -> Derivations.abridged(original, random);
      case REORDERED -> Derivations.reordered(original, random);
      case PARAPHRASED -> paraphraser.paraphrase(original, random);
      case NONE -> throw new IllegalArgumentException("none is not a derivation");
    };
  }

  /** A sentence of an article of another category (another corpus when there are no categories). */
  private static String donor(SourceArticle source, List<SourceArticle> all, Random random) {
    for (int tries = 0; tries < 20; tries++) {
      SourceArticle other = all.get(random.nextInt(all.size()));
      if (other.id().equals(source.id()) || Objects.equals(other.category(), source.category())
          && Objects.equals(other.corpus(), source.corpus())) {
        continue;
      }
      List<String> candidates = new ArrayList<>();
      Article o = Article.parse(null, other.document().text());
      for (int[] at : o.positions()) {
        String s = o.get(at);
        int words = Words.wordCount(s);
        if (words >= 8 && words <= 40 && !Words.hasQuote(s) && s.matches("[A-Z].*[.]$")) {
          candidates.add(s);
        }
      }
      if (!candidates.isEmpty()) {
        return candidates.get(random.nextInt(candidates.size()));
      }
    }
    return null;
  }

  /**
   * Another article of the same category sharing the most names with the source (ties broken at random
   * among the best three) and no passage: a different story on the same topic.
   */
  static SourceArticle hardNegative(SourceArticle source, List<SourceArticle> sameCategory,
      Map<String, Set<String>> names, Random random) {
    Set<String> mine = names.get(source.id());
    Set<String> ownShingles = shingles(source.document().text(), 8);
    List<Map.Entry<SourceArticle, Integer>> scored = new ArrayList<>();
    for (SourceArticle other : sameCategory) {
      if (other.id().equals(source.id()) || Objects.equals(other.document().title(), source.document().title())) {
        continue;
      }
      int shared = 0;
      for (String name : names.get(other.id())) {
        if (mine.contains(name)) {
          shared++;
        }
      }
      if (shared > 0) {
        scored.add(Map.entry(other, shared));
      }
    }
    scored.sort(Comparator.<Map.Entry<SourceArticle, Integer>>comparingInt(Map.Entry::getValue).reversed()
        .thenComparing(e -> e.getKey().id()));
    List<SourceArticle> best = new ArrayList<>();
    for (var e : scored) {
      Set<String> theirs = shingles(e.getKey().document().text(), 8);
      theirs.retainAll(ownShingles);
      if (theirs.isEmpty()) {
        best.add(e.getKey());
        if (best.size() == 3) {
          break;
        }
      }
    }
    return best.isEmpty() ? null : best.get(random.nextInt(best.size()));
  }

  private static final Pattern NAME = Pattern.compile("(?<=[a-z,;] )[A-Z][a-z]+(?: [A-Z][a-z]+)*");
  private static final Set<String> NOT_NAMES = Set.of("January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
      "Friday", "Saturday", "Sunday", "The", "But", "And", "Mr", "Mrs", "Ms", "Dr", "He", "She", "It", "They", "We", "I");

  /** Capitalised words and runs of them inside sentences (not sentence-initial): the names an article mentions. */
  static Set<String> names(String text) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = NAME.matcher(text);
    while (m.find()) {
      String name = m.group();
      if (!NOT_NAMES.contains(name) && name.length() > 2) {
        out.add(name);
      }
    }
    return out;
  }

  /** Lowercase word n-shingles. */
  static Set<String> shingles(String text, int n) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    List<String> w = new ArrayList<>();
    for (String x : words) {
      if (!x.isEmpty()) {
        w.add(x);
      }
    }
    Set<String> out = new java.util.HashSet<>();
    for (int i = 0; i + n <= w.size(); i++) {
      out.add(String.join(" ", w.subList(i, i + n)));
    }
    return out;
  }

  private static SynthArticle article(String id, Article article, java.time.Instant published, int daysLater) {
    String date = published == null ? null : published.plus(Duration.ofDays(daysLater)).toString();
    return new SynthArticle(id, article.title, date, article.text());
  }

  private static String pairId(int n) {
    return String.format(Locale.ROOT, "synth-%06d", n);
  }

  private static String copyId(int n) {
    return String.format(Locale.ROOT, "copy-%06d", n);
  }
}
