package dev.retrace.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.retrace.Retrace;
import dev.retrace.documents.Document;
import dev.retrace.index.ArticleIndex;
import dev.retrace.index.IndexSnapshot;
import dev.retrace.trace.TraceMatch;
import dev.retrace.trace.TraceResult;
import dev.retrace.trace.Tracer;
import dev.retrace.trace.Verifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Derived-copy recall and trace time on an index built from {@code retrace synth} output: traces a seeded
 * sample of the derived copies (every derivation but exact copies, which the content hash finds) and checks
 * that each trace reports the copy's true source (or an identical copy of it) as duplicate or derived; also
 * counts reported matches that are not of the same source article (precision). Prints recall per derivation
 * kind and the median and 90th-percentile wall time of a trace (warm, one at a time).
 *
 * <p>Run: {@code java -Xmx2g -cp retrace-bench/target/benchmarks.jar dev.retrace.bench.TraceRecall INDEX SYNTH_ROOT [N]}
 * where SYNTH_ROOT holds one or more {@code retrace synth} output folders (their ground-truth.jsonl files).
 */
public final class TraceRecall {
  private TraceRecall() {}

  record Copy(String key, String source, String derivation) {}

  /** Misses and wrong matches printed, to see what goes wrong. */
  private static final int EXAMPLES = 8;

  public static void main(String[] args) throws Exception {
    Path index = Path.of(args[0]);
    Path root = Path.of(args[1]);
    int n = args.length > 2 ? Integer.parseInt(args[2]) : 200;
    ObjectMapper json = new ObjectMapper();
    long heapBefore = usedHeapAfterGc();
    try (IndexSnapshot snapshot = ArticleIndex.openForReading(index)) {
      // what candidate search keeps on the heap: the open snapshot after a first query (Lucene's files are
      // memory-mapped, off heap), measured before the compare engine's models load
      snapshot.candidates(new dev.retrace.sketches.Sketcher().sketch("warm up the index readers"), "", 10);
      long heapIndex = usedHeapAfterGc() - heapBefore;
      System.out.printf(Locale.ROOT, "heap for the open index: %.1f MB, %.0f bytes an article%n", heapIndex / 1e6,
          heapIndex / (double) snapshot.articles());
      // index keys end with "<synth folder>/corpus/<id>"; ground truth names ids within one synth folder
      Map<String, String> keyBySuffix = new HashMap<>();
      snapshot.forEachArticle(e -> keyBySuffix.put(suffix(e.key(), 3), e.key()));
      List<Copy> copies = new ArrayList<>();
      Map<String, String> sourceOf = new HashMap<>(); // "<folder>/corpus/<copy id>" -> source id
      List<Path> truths;
      try (Stream<Path> s = Files.walk(root, 2)) {
        truths = s.filter(p -> p.getFileName().toString().equals("ground-truth.jsonl")).sorted().toList();
      }
      for (Path truth : truths) {
        String folder = truth.getParent().getFileName().toString();
        for (String line : Files.readAllLines(truth)) {
          JsonNode g = json.readTree(line);
          String derivation = g.get("derivation").asText();
          sourceOf.put(folder + "/corpus/" + g.get("id").asText(), g.get("source_id").asText());
          String key = keyBySuffix.get(folder + "/corpus/" + g.get("id").asText());
          if (!derivation.equals("exact") && key != null) {
            copies.add(new Copy(key, g.get("source_id").asText(), derivation));
          }
        }
      }
      Collections.shuffle(copies, new Random(42));
      List<Copy> sample = copies.subList(0, Math.min(n, copies.size()));
      System.out.printf(Locale.ROOT, "index %s: %d articles; %d derived copies (not exact) in the ground truth; "
          + "tracing %d%n", index, snapshot.articles(), copies.size(), sample.size());

      Tracer tracer = new Tracer(snapshot, new Verifier(Retrace.create()));
      for (Copy c : sample.subList(0, Math.min(5, sample.size()))) {
        tracer.trace(snapshot.document(c.key())); // warm-up
      }
      Map<String, int[]> byKind = new TreeMap<>(); // kind -> {copies, found}
      long[] millis = new long[sample.size()];
      int reported = 0;
      int otherStory = 0;
      int misses = 0;
      for (int i = 0; i < sample.size(); i++) {
        Copy c = sample.get(i);
        Document d = snapshot.document(c.key());
        long t0 = System.nanoTime();
        TraceResult r = tracer.trace(d);
        millis[i] = (System.nanoTime() - t0) / 1_000_000;
        boolean found = false;
        String folder = suffix(c.key(), 3);
        folder = folder.substring(0, folder.indexOf('/'));
        String sourceHash = hash(snapshot, keyBySuffix.get(folder + "/corpus/" + c.source()));
        for (TraceMatch m : r.matches()) {
          reported++;
          String base = m.id().substring(m.id().lastIndexOf('/') + 1);
          // the original, or an article with the same content (an exact copy, the original in another folder):
          // the index reports one article per content, the first indexed
          boolean theSource = base.equals(c.source()) || hash(snapshot, m.id()).equals(sourceHash);
          boolean sibling = c.source().equals(sourceOf.get(suffix(m.id(), 3))); // another copy of it
          found |= theSource;
          if (!theSource && !sibling && otherStory++ < EXAMPLES) {
            System.out.printf(Locale.ROOT, "  other story: %s -> %s (%s %.2f)%n", c.key(), m.id(), m.relation().json(),
                m.score());
          }
        }
        if (!found && misses++ < EXAMPLES) {
          System.out.printf(Locale.ROOT, "  missed: %s (%s of %s): %d candidates, %d compared, %d matches%n", c.key(),
              c.derivation(), c.source(), r.candidates(), r.compared(), r.matches().size());
        }
        int[] k = byKind.computeIfAbsent(c.derivation(), x -> new int[2]);
        k[0]++;
        k[1] += found ? 1 : 0;
      }
      int total = 0;
      int hit = 0;
      for (var e : byKind.entrySet()) {
        total += e.getValue()[0];
        hit += e.getValue()[1];
        System.out.printf(Locale.ROOT, "  %-12s %4d copies, source found %4d (recall %.3f)%n", e.getKey(),
            e.getValue()[0], e.getValue()[1], e.getValue()[1] / (double) e.getValue()[0]);
      }
      System.out.printf(Locale.ROOT, "recall %.3f (%d/%d); matches reported %d, of another story %d (precision %.3f)%n",
          hit / (double) total, hit, total, reported, otherStory, reported == 0 ? 1 : 1 - otherStory / (double) reported);
      Arrays.sort(millis);
      System.out.printf(Locale.ROOT, "trace wall time: median %d ms, p90 %d ms, max %d ms%n", millis[millis.length / 2],
          millis[(int) (millis.length * 0.9)], millis[millis.length - 1]);
    }
  }

  private static long usedHeapAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  private static String hash(IndexSnapshot snapshot, String key) {
    int doc = key == null ? -1 : snapshot.docId(key);
    return doc < 0 ? "" : snapshot.entry(doc).hash();
  }

  private static String suffix(String key, int parts) {
    int at = key.length();
    for (int i = 0; i < parts && at > 0; i++) {
      at = key.lastIndexOf('/', at - 1);
    }
    return at < 0 ? key : key.substring(at + 1);
  }
}
