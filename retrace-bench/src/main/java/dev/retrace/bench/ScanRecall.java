package dev.retrace.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.retrace.corpus.CorpusReader;
import dev.retrace.corpus.CorpusVisitor;
import dev.retrace.documents.Document;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Recall of a Reuters-21578 scan against ground truth computed here, independently of the sketches: exact
 * duplicates are bodies equal once lower-cased with whitespace collapsed (jsoup has decoded the HTML entities);
 * near duplicates are pairs of unequal bodies whose word 5-shingle sets have Jaccard ≥ 0.8 (exact, by set
 * intersection over an inverted index of shingles).
 *
 * <p>Run: {@code java -cp retrace-bench/target/benchmarks.jar dev.retrace.bench.ScanRecall ../shared/corpora/reuters21578 SCAN_OUT}
 */
public final class ScanRecall {
  private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\w+");
  private static final com.dynatrace.hash4j.hashing.Hasher64 HASH = com.dynatrace.hash4j.hashing.Hashing.xxh3_64();

  private ScanRecall() {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    Path scan = Path.of(args[1]);
    List<String> ids = new ArrayList<>();
    List<String> bodies = new ArrayList<>();
    CorpusReader.read(List.of(corpus), new CorpusVisitor() {
      @Override
      public void document(Document d) {
        ids.add(d.id());
        bodies.add(d.text().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip());
      }

      @Override
      public void skipped(String position, String problem) {}
    });
    // exact groups
    Map<String, List<Integer>> byBody = new HashMap<>();
    for (int i = 0; i < bodies.size(); i++) {
      byBody.computeIfAbsent(bodies.get(i), b -> new ArrayList<>()).add(i);
    }
    int[] group = new int[bodies.size()];
    List<List<Integer>> exactGroups = new ArrayList<>();
    for (List<Integer> g : byBody.values()) {
      for (int i : g) {
        group[i] = g.get(0);
      }
      if (g.size() > 1) {
        exactGroups.add(g);
      }
    }
    // near duplicates: exact Jaccard of word 5-shingle sets among distinct bodies; words are runs of letters and
    // digits, punctuation dropped (the count the issue gives, 141 document pairs, is reproduced this way;
    // whitespace-separated tokens with punctuation attached give 110)
    List<long[]> shingles = new ArrayList<>();
    Map<Long, List<Integer>> postings = new HashMap<>();
    for (int i = 0; i < bodies.size(); i++) {
      String[] w = WORD.matcher(bodies.get(i)).results().map(java.util.regex.MatchResult::group)
          .toArray(String[]::new);
      Set<Long> set = new HashSet<>();
      for (int k = 0; k + 5 <= w.length; k++) {
        set.add(HASH.hashCharsToLong(String.join(" ", Arrays.copyOfRange(w, k, k + 5))));
      }
      long[] s = set.stream().mapToLong(Long::longValue).sorted().toArray();
      shingles.add(s);
      if (group[i] == i) {
        for (long h : s) {
          postings.computeIfAbsent(h, x -> new ArrayList<>()).add(i);
        }
      }
    }
    Set<Long> nearPairs = new HashSet<>();
    for (int i = 0; i < bodies.size(); i++) {
      if (group[i] != i || shingles.get(i).length == 0) {
        continue;
      }
      Map<Integer, Integer> shared = new HashMap<>();
      for (long h : shingles.get(i)) {
        for (int j : postings.get(h)) {
          if (j > i) {
            shared.merge(j, 1, Integer::sum);
          }
        }
      }
      for (var e : shared.entrySet()) {
        int j = e.getKey();
        double jaccard = e.getValue() / (double) (shingles.get(i).length + shingles.get(j).length - e.getValue());
        if (jaccard >= 0.8) {
          nearPairs.add((long) i << 32 | j);
        }
      }
    }
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      index.put(ids.get(i), i);
    }
    // what the scan reported, by content group
    Set<Long> reported = new HashSet<>();
    Set<Long> reportedDuplicates = new HashSet<>();
    Set<Integer> inExactPair = new HashSet<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(scan.resolve("pairs.jsonl"))) {
      JsonNode p = json.readTree(line);
      int a = index.get(p.get("a").asText());
      int b = index.get(p.get("b").asText());
      if (p.get("evidence").asText().equals("exact")) {
        inExactPair.add(a);
        inExactPair.add(b);
      }
      long key = Math.min(group[a], group[b]) * (1L << 32) + Math.max(group[a], group[b]);
      reported.add(key);
      if (p.get("relation").asText().equals("duplicate")) {
        reportedDuplicates.add(key);
      }
    }
    int exactDocs = exactGroups.stream().mapToInt(List::size).sum();
    long exactFound = exactGroups.stream().flatMap(List::stream).filter(inExactPair::contains).count();
    long nearFound = nearPairs.stream().filter(reported::contains).count();
    long falseDuplicates = reportedDuplicates.stream().filter(k -> {
      int a = (int) (k >>> 32);
      int b = (int) (long) k;
      return a != b && !nearPairs.contains(k) && jaccard(shingles.get(a), shingles.get(b)) < 0.5;
    }).count();
    System.out.printf(Locale.ROOT, "articles %d%nexact groups %d holding %d documents; found %d (recall %.3f)%n", ids.size(),
        exactGroups.size(), exactDocs, exactFound, exactDocs == 0 ? 1.0 : exactFound / (double) exactDocs);
    System.out.printf(Locale.ROOT, "near-duplicate pairs (5-shingle Jaccard >= 0.8, bodies unequal) %d; found %d (recall %.3f)%n",
        nearPairs.size(), nearFound, nearPairs.isEmpty() ? 1.0 : nearFound / (double) nearPairs.size());
    // the same pairs counted between documents: a near pair of contents whose sides have exact copies stands
    // for every pairing of their documents (how the issue counts them)
    Map<Integer, Integer> members = new HashMap<>();
    for (int i = 0; i < group.length; i++) {
      members.merge(group[i], 1, Integer::sum);
    }
    long docPairs = 0;
    long docPairsFound = 0;
    for (long k : nearPairs) {
      long n = (long) members.get((int) (k >>> 32)) * members.get((int) (long) k);
      docPairs += n;
      docPairsFound += reported.contains(k) ? n : 0;
    }
    System.out.printf(Locale.ROOT, "  as document pairs: %d; found %d (recall %.3f)%n", docPairs, docPairsFound,
        docPairs == 0 ? 1.0 : docPairsFound / (double) docPairs);
    System.out.printf(Locale.ROOT, "pairs called duplicate by the compare engine: %d, of which with Jaccard < 0.5: %d%n",
        reportedDuplicates.size(), falseDuplicates);
  }

  private static double jaccard(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int shared = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        shared++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = a.length + b.length - shared;
    return union == 0 ? 1 : shared / (double) union;
  }
}
