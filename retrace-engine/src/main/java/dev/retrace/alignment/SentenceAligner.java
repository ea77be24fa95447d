package dev.retrace.alignment;

import dev.retrace.text.Sentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Many-to-many sentence alignment between a source (a) and a copy (b).
 *
 * <p>Rewrites reorder, merge and split sentences, so the aligner does not assume monotone order (unlike
 * Gale-Church style aligners for translations). It links sentences in three passes:
 * <ol>
 *   <li>one-to-one links, strongest first, while both sentences are free and the pair clears
 *       {@link #LINK};</li>
 *   <li>one-to-one links between free sentences that clear the lower {@link #LINK_WITH_FIGURE} and share a
 *       figure: a shared "1,950" is strong evidence that two sentences report the same fact even when
 *       the rest is reworded;</li>
 *   <li>merges and splits: a still-free sentence attaches to a sentence of the other side when it matches
 *       one of that sentence's clauses (or the reverse) as strongly as a whole-sentence link would.</li>
 * </ol>
 * Linked sentences are then grouped into connected components, one {@link Alignment} each.
 */
public final class SentenceAligner {
  /** Combined similarity above which two sentences are taken to state the same thing. */
  public static final double LINK = 0.58;
  /** Lower bar for two free sentences that share a figure. */
  public static final double LINK_WITH_FIGURE = 0.42;
  /** Clause-level bar for joining a free sentence to an existing group (merges and splits). */
  public static final double JOIN = 0.5;
  /** Content terms a joining sentence must add to its partner's coverage. */
  static final int MIN_NEW_TERMS = 2;
  /**
   * Whole-sentence similarity below which a clause-level match is not tried. A split piece still shares
   * words and meaning with the whole: the seeds' weakest true split (a one-clause sentence taken from a
   * two-clause one) scores 0.34 as a whole sentence, while unrelated sentences of one story score 0.2-0.4.
   */
  static final double CLAUSE_FLOOR = 0.3;
  /** How many of a free sentence's most similar partners are examined at clause level. */
  static final int CLAUSE_CANDIDATES = 3;

  public List<Alignment> align(List<Sentence> a, List<Sentence> b, PairSimilarity sim) {
    int n = a.size();
    int m = b.size();
    double[][] s = sim.matrix();
    List<Set<Integer>> aLinks = new ArrayList<>();
    List<Set<Integer>> bLinks = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      aLinks.add(new TreeSet<>());
    }
    for (int j = 0; j < m; j++) {
      bLinks.add(new TreeSet<>());
    }

    // Pass 1: greedy one-to-one by descending similarity.
    for (int[] p : sortedPairs(s, LINK)) {
      link(p[0], p[1], aLinks, bLinks, true);
    }
    // Pass 2: free pairs that share a figure.
    for (int[] p : sortedPairs(s, LINK_WITH_FIGURE)) {
      if (sharesFigure(a.get(p[0]), b.get(p[1]))) {
        link(p[0], p[1], aLinks, bLinks, true);
      }
    }
    // Pass 3: clause-level matches for what is still free (merges and splits). Two lone sentences have
    // nothing to merge or split, and clause embeddings are the most expensive step of a comparison, so the
    // pass runs only for multi-sentence texts and only on pairs whose whole-sentence similarity is already
    // in reach of a clause match.
    List<double[]> clauseLinks = new ArrayList<>();
    if (n > 1 || m > 1) {
      for (int i = 0; i < n; i++) {
        if (aLinks.get(i).isEmpty()) {
          for (int j : topPartners(s, i, m, true)) {
            if (s[i][j] >= CLAUSE_FLOOR && mayJoin(i, j, a, b, aLinks, bLinks)) {
              clauseLinks.add(new double[] {i, j, sim.partial(i, j)});
            }
          }
        }
      }
      for (int j = 0; j < m; j++) {
        if (bLinks.get(j).isEmpty()) {
          for (int i : topPartners(s, j, n, false)) {
            if (s[i][j] >= CLAUSE_FLOOR && mayJoin(i, j, a, b, aLinks, bLinks)) {
              clauseLinks.add(new double[] {i, j, sim.partial(i, j)});
            }
          }
        }
      }
    }
    clauseLinks.sort((p, q) -> Double.compare(q[2], p[2]));
    for (double[] p : clauseLinks) {
      int i = (int) p[0];
      int j = (int) p[1];
      boolean aFree = aLinks.get(i).isEmpty();
      boolean bFree = bLinks.get(j).isEmpty();
      if (aFree && bFree) {
        if (p[2] >= LINK) {
          link(i, j, aLinks, bLinks, true);
        }
      } else if (aFree || bFree) {
        // A join into an existing group: the clause match may be weaker, but the joining sentence must
        // bring words of its partner that the partner's group did not already account for.
        boolean joins = aFree
            ? addsCoverage(a.get(i), b.get(j), bLinks.get(j), a)
            : addsCoverage(b.get(j), a.get(i), aLinks.get(i), b);
        if (p[2] >= JOIN && joins) {
          link(i, j, aLinks, bLinks, false);
        }
      }
    }
    return components(a, b, s, aLinks, bLinks);
  }

  /**
   * The alignments plus, for each copy sentence they leave out, a one-to-one {@link AlignmentKind#SUPPORT}
   * link to the source sentence most similar to it when that pair clears {@link #CLAUSE_FLOOR} (the least a
   * sentence shares with the one it was cut from). For checking a copy against a known source, where each of
   * the copy's claims is to be compared with what supports it best: a summary sentence that compresses a long
   * source sentence ("It is looking ahead to filing for approval of its RSV vaccine" from "... mRNA-1345 for
   * RSV in older adults, for which Moderna plans regulatory filings") rarely clears the link bar. A source
   * sentence may support several copy sentences; such links are not merged into groups.
   */
  public List<Alignment> withSupport(List<Alignment> alignments, double[][] s) {
    int m = s.length == 0 ? 0 : s[0].length;
    boolean[] aligned = new boolean[m];
    for (Alignment g : alignments) {
      g.b().forEach(j -> aligned[j] = true);
    }
    List<Alignment> out = new ArrayList<>(alignments);
    for (int j = 0; j < m; j++) {
      if (aligned[j]) {
        continue;
      }
      int best = -1;
      for (int i = 0; i < s.length; i++) {
        if (best < 0 || s[i][j] > s[best][j]) {
          best = i;
        }
      }
      if (best >= 0 && s[best][j] >= CLAUSE_FLOOR) {
        out.add(new Alignment(List.of(best), List.of(j), AlignmentKind.SUPPORT, Math.min(1, s[best][j])));
      }
    }
    out.sort((x, y) -> Integer.compare(x.b().get(0), y.b().get(0)));
    return out;
  }

  private static List<int[]> sortedPairs(double[][] s, double threshold) {
    List<int[]> pairs = new ArrayList<>();
    for (int i = 0; i < s.length; i++) {
      for (int j = 0; j < s[i].length; j++) {
        if (s[i][j] >= threshold) {
          pairs.add(new int[] {i, j});
        }
      }
    }
    pairs.sort((p, q) -> Double.compare(s[q[0]][q[1]], s[p[0]][p[1]]));
    return pairs;
  }

  private static void link(int i, int j, List<Set<Integer>> aLinks, List<Set<Integer>> bLinks, boolean bothFree) {
    if (bothFree && (!aLinks.get(i).isEmpty() || !bLinks.get(j).isEmpty())) {
      return;
    }
    aLinks.get(i).add(j);
    bLinks.get(j).add(i);
  }

  /**
   * Whether a clause-level match between a_i and b_j could still create a link, judged before its (costly)
   * clause similarity is computed. When both are free it could. When one is already in a group, the free one
   * can only join if it adds coverage ({@link #addsCoverage}); groups only grow while pass 3 runs, so a pair
   * that adds nothing now never will, and its clause similarity is not needed: the alignment is the same.
   */
  private static boolean mayJoin(int i, int j, List<Sentence> a, List<Sentence> b, List<Set<Integer>> aLinks,
      List<Set<Integer>> bLinks) {
    boolean aFree = aLinks.get(i).isEmpty();
    boolean bFree = bLinks.get(j).isEmpty();
    if (aFree && bFree) {
      return true;
    }
    return aFree ? addsCoverage(a.get(i), b.get(j), bLinks.get(j), a) : addsCoverage(b.get(j), a.get(i), aLinks.get(i), b);
  }

  /** Indices of the {@link #CLAUSE_CANDIDATES} most similar sentences on the other side. */
  private static List<Integer> topPartners(double[][] s, int k, int otherSize, boolean kIsA) {
    List<Integer> idx = new ArrayList<>();
    for (int o = 0; o < otherSize; o++) {
      idx.add(o);
    }
    idx.sort((x, y) -> Double.compare(kIsA ? s[k][y] : s[y][k], kIsA ? s[k][x] : s[x][k]));
    return idx.subList(0, Math.min(CLAUSE_CANDIDATES, idx.size()));
  }

  /**
   * True when {@code joining} covers at least {@link #MIN_NEW_TERMS} content terms of {@code partner}
   * that the partner's current group members do not.
   */
  private static boolean addsCoverage(Sentence joining, Sentence partner, Set<Integer> partnerGroup, List<Sentence> side) {
    Set<String> covered = new HashSet<>();
    for (int k : partnerGroup) {
      covered.addAll(side.get(k).terms());
    }
    Set<String> joiningTerms = new HashSet<>(joining.terms());
    int added = 0;
    for (String t : new HashSet<>(partner.terms())) {
      if (joiningTerms.contains(t) && !covered.contains(t)) {
        added++;
      }
    }
    return added >= MIN_NEW_TERMS;
  }

  /** True when both sentences contain the same token with a digit in it (a figure, not a date word). */
  static boolean sharesFigure(Sentence x, Sentence y) {
    Set<String> figures = new HashSet<>();
    for (String t : x.terms()) {
      if (t.chars().anyMatch(Character::isDigit)) {
        figures.add(t);
      }
    }
    for (String t : y.terms()) {
      if (figures.contains(t)) {
        return true;
      }
    }
    return false;
  }

  private static List<Alignment> components(List<Sentence> a, List<Sentence> b, double[][] sim,
      List<Set<Integer>> aLinks, List<Set<Integer>> bLinks) {
    boolean[] seenA = new boolean[a.size()];
    List<Alignment> out = new ArrayList<>();
    for (int start = 0; start < a.size(); start++) {
      if (seenA[start] || aLinks.get(start).isEmpty()) {
        continue;
      }
      TreeSet<Integer> ga = new TreeSet<>();
      TreeSet<Integer> gb = new TreeSet<>();
      List<Integer> queueA = new ArrayList<>(List.of(start));
      seenA[start] = true;
      while (!queueA.isEmpty()) {
        int i = queueA.remove(queueA.size() - 1);
        ga.add(i);
        for (int j : aLinks.get(i)) {
          if (gb.add(j)) {
            for (int i2 : bLinks.get(j)) {
              if (!seenA[i2]) {
                seenA[i2] = true;
                queueA.add(i2);
              }
            }
          }
        }
      }
      double best = 0;
      for (int i : ga) {
        for (int j : gb) {
          if (aLinks.get(i).contains(j)) {
            best = Math.max(best, sim[i][j]);
          }
        }
      }
      out.add(new Alignment(List.copyOf(ga), List.copyOf(gb), kindOf(a, ga, b, gb), Math.min(1, best)));
    }
    out.sort((x, y) -> Integer.compare(x.b().get(0), y.b().get(0)));
    return out;
  }

  /** Wording closeness of a group, from the concatenated texts of each side. */
  static AlignmentKind kindOf(List<Sentence> a, Set<Integer> ga, List<Sentence> b, Set<Integer> gb) {
    String ta = normalizedWords(a, ga);
    String tb = normalizedWords(b, gb);
    if (ta.equals(tb)) {
      return AlignmentKind.VERBATIM;
    }
    double overlap = wordDice(ta, tb);
    return overlap >= 0.8 ? AlignmentKind.NEAR_VERBATIM : AlignmentKind.PARAPHRASE;
  }

  private static String normalizedWords(List<Sentence> side, Set<Integer> group) {
    StringBuilder sb = new StringBuilder();
    for (int k : group) {
      sb.append(side.get(k).text()).append(' ');
    }
    return sb.toString().toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  /** Dice coefficient over word bigrams: sensitive to word order and small edits, unlike term overlap. */
  static double wordDice(String x, String y) {
    List<String> bx = bigrams(x);
    List<String> by = bigrams(y);
    if (bx.isEmpty() && by.isEmpty()) {
      return 1;
    }
    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    for (String g : bx) {
      counts.merge(g, 1, Integer::sum);
    }
    int shared = 0;
    for (String g : by) {
      Integer c = counts.get(g);
      if (c != null && c > 0) {
        shared++;
        counts.put(g, c - 1);
      }
    }
    return 2.0 * shared / (bx.size() + by.size());
  }

  private static List<String> bigrams(String s) {
    String[] w = s.isEmpty() ? new String[0] : s.split(" ");
    if (w.length == 1) {
      return List.of(w[0]);
    }
    List<String> out = new ArrayList<>();
    for (int k = 0; k + 1 < w.length; k++) {
      out.add(w[k] + ' ' + w[k + 1]);
    }
    return out;
  }

}
