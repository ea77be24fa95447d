package dev.retrace.scan;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.retrace.changes.Change;
import dev.retrace.changes.Severity;
import dev.retrace.documents.Document;
import dev.retrace.index.Candidate;
import dev.retrace.index.IndexSnapshot;
import dev.retrace.report.ComparisonReport;
import dev.retrace.sketches.Sketch;
import dev.retrace.sketches.Sketcher;
import dev.retrace.trace.CandidateGate;
import dev.retrace.trace.Verifier;
import dev.retrace.verdict.Relation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The whole corpus at once: every exact duplicate (same content hash), then for every distinct content its
 * candidates from the index, the plausible ones verified by the compare engine. Writes pairs.jsonl as it goes
 * and, at the end, stories.jsonl, graph.json and report.html ({@link StoryBuilder}, {@link ScanReport}).
 *
 * <p>Resumable: results are appended batch by batch and {@link ScanState} records how far the scan got, so an
 * interrupted scan run again continues after the last finished batch.
 */
public final class CorpusScan {
  /** Articles per batch: the unit of progress that survives an interruption. */
  static final int BATCH = 256;
  /**
   * Article analyses a scan's {@link Verifier} should keep: a pair's two articles come from anywhere in the
   * corpus, and re-analysing (embedding every sentence again) is most of a verification's cost. About 100 MB
   * of heap for short wire stories.
   */
  public static final int CACHED_ANALYSES = 4096;
  /** Candidates each index channel contributes per article. */
  static final int PER_CHANNEL = 10;

  static final ObjectMapper JSON = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

  /** Progress callbacks (the CLI draws a bar); called from the scanning thread. */
  public interface Progress {
    void start(long articles, long alreadyDone);

    void advance(long articles);
  }

  /** What a scan found. */
  public record Summary(int articles, int contents, int exactDuplicatePairs, int compared, int derivedPairs,
      int duplicatePairs, int stories, boolean resumed) {}

  private final IndexSnapshot index;
  private final Verifier verifier;
  private final Path out;
  private final int threads;
  private final ThreadLocal<Sketcher> sketchers = ThreadLocal.withInitial(Sketcher::new);

  public CorpusScan(IndexSnapshot index, Verifier verifier, Path out, int threads) {
    this.index = index;
    this.verifier = verifier;
    this.out = out;
    this.threads = Math.max(1, threads);
  }

  public Summary run(Progress progress) {
    try {
      Files.createDirectories(out);
      return scan(progress);
    } catch (IOException e) {
      throw new UncheckedIOException(out + ": cannot write scan results (" + e.getMessage() + ")", e);
    }
  }

  private Summary scan(Progress progress) throws IOException {
    List<IndexSnapshot.Entry> entries = new ArrayList<>();
    index.forEachArticle(entries::add);
    entries.sort(Comparator.comparingLong(IndexSnapshot.Entry::seq));
    Map<String, List<IndexSnapshot.Entry>> byContent = new java.util.LinkedHashMap<>();
    for (IndexSnapshot.Entry e : entries) {
      byContent.computeIfAbsent(e.hash(), h -> new ArrayList<>()).add(e);
    }
    List<IndexSnapshot.Entry> firsts = byContent.values().stream().map(l -> l.get(0)).toList();
    Map<String, Long> seqByKey = new HashMap<>();
    entries.forEach(e -> seqByKey.put(e.key(), e.seq()));

    Path pairsFile = out.resolve("pairs.jsonl");
    Path checkedFile = out.resolve("checked.tsv");
    Path stateFile = out.resolve("scan-state.json");
    long version = index.version();
    ScanState state = readState(stateFile);
    boolean resumed = state != null && state.format() == ScanState.FORMAT && state.indexVersion() == version
        && state.index().equals(index.location().toAbsolutePath().toString());
    if (!resumed) {
      state = new ScanState(ScanState.FORMAT, index.location().toAbsolutePath().toString(), version, false, 0, 0, 0);
    }
    truncate(pairsFile, state.pairsBytes());
    truncate(checkedFile, state.checkedBytes());
    Set<String> checked = ConcurrentHashMap.newKeySet();
    for (String line : Files.readAllLines(checkedFile, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      if (f.length >= 2) {
        checked.add(f[0] + "\t" + f[1]);
      }
    }
    progress.start(firsts.size(), state.done());

    try (FileChannel pairs = FileChannel.open(pairsFile, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        FileChannel checks = FileChannel.open(checkedFile, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
      if (!state.exactDone()) {
        StringBuilder lines = new StringBuilder();
        for (List<IndexSnapshot.Entry> group : byContent.values()) {
          for (int i = 1; i < group.size(); i++) {
            lines.append(JSON.writeValueAsString(exactPair(group.get(0), group.get(i)))).append('\n');
          }
        }
        append(pairs, lines);
        state = save(stateFile, state, true, state.done(), pairs.size(), checks.size());
      }
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        for (int start = state.done(); start < firsts.size(); start += BATCH) {
          List<IndexSnapshot.Entry> batch = firsts.subList(start, Math.min(firsts.size(), start + BATCH));
          StringBuilder pairLines = new StringBuilder();
          StringBuilder checkLines = new StringBuilder();
          for (Result r : verifyBatch(batch, checked, seqByKey, pool)) {
            checkLines.append(r.a).append('\t').append(r.b).append('\t').append(r.relation).append('\n');
            if (r.pair != null) {
              pairLines.append(JSON.writeValueAsString(r.pair)).append('\n');
            }
          }
          append(pairs, pairLines);
          append(checks, checkLines);
          state = save(stateFile, state, true, start + batch.size(), pairs.size(), checks.size());
          progress.advance(batch.size());
        }
      } finally {
        pool.shutdownNow();
      }
    }
    List<ScanPair> found = readPairs(pairsFile);
    List<String[]> related = new ArrayList<>();
    for (String line : Files.readAllLines(checkedFile, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      if (f.length == 3 && f[2].equals(Relation.RELATED.json())) {
        related.add(f);
      }
    }
    StoryBuilder stories = new StoryBuilder(index, seqByKey, found, related);
    stories.write(out);
    ScanReport.write(out.resolve("report.html"), index, found, stories.stories());
    int exact = (int) found.stream().filter(p -> p.evidence().equals("exact")).count();
    int derived = (int) found.stream().filter(p -> p.relation().equals(Relation.DERIVED.json())).count();
    return new Summary(entries.size(), firsts.size(), exact, checked.size(), derived, found.size() - derived,
        stories.stories().size(), resumed);
  }

  private record Result(String a, String b, String relation, ScanPair pair) {}

  private record Task(IndexSnapshot.Entry earlier, IndexSnapshot.Entry later, Candidate candidate) {}

  /** Candidates of a batch, gated and de-duplicated, then verified in parallel. */
  private List<Result> verifyBatch(List<IndexSnapshot.Entry> batch, Set<String> checked, Map<String, Long> seqByKey,
      ExecutorService pool) throws IOException {
    List<Future<List<Task>>> found = new ArrayList<>();
    for (IndexSnapshot.Entry e : batch) {
      found.add(pool.submit(() -> tasks(e, seqByKey)));
    }
    List<Future<Result>> results = new ArrayList<>();
    for (Future<List<Task>> f : found) {
      for (Task t : get(f)) {
        if (checked.add(t.earlier.key() + "\t" + t.later.key())) {
          results.add(pool.submit(() -> verify(t)));
        }
      }
    }
    List<Result> out = new ArrayList<>();
    for (Future<Result> f : results) {
      out.add(get(f));
    }
    return out;
  }

  private List<Task> tasks(IndexSnapshot.Entry e, Map<String, Long> seqByKey) {
    Document d = index.document(e.docId());
    Sketch sketch = sketchers.get().sketch(d.text());
    List<Task> tasks = new ArrayList<>();
    for (Candidate c : index.candidates(sketch, e.hash(), PER_CHANNEL)) {
      if (!CandidateGate.worthScanning(c)) {
        continue;
      }
      IndexSnapshot.Entry other = index.entry(c.docId());
      boolean earlier = seqByKey.getOrDefault(c.key(), Long.MAX_VALUE) < e.seq();
      tasks.add(earlier ? new Task(other, e, c) : new Task(e, other, c));
    }
    return tasks;
  }

  private Result verify(Task t) {
    Document a = index.document(t.earlier.docId());
    Document b = index.document(t.later.docId());
    if (!verifier.mayBeVersions(a, b)) {
      // never duplicate or derived; the engine would call it related (or unrelated when nothing aligns)
      return new Result(a.id(), b.id(), Relation.RELATED.json(), null);
    }
    ComparisonReport r = verifier.compare(a, b);
    String relation = r.relation().json();
    if (r.relation() != Relation.DERIVED && r.relation() != Relation.DUPLICATE) {
      return new Result(a.id(), b.id(), relation, null);
    }
    String source = switch (r.direction()) {
      case A_TO_B -> a.id();
      case B_TO_A -> b.id();
      case UNKNOWN -> null;
    };
    String copy = source == null ? null : source.equals(a.id()) ? b.id() : a.id();
    Map<String, Integer> kinds = new TreeMap<>();
    int major = 0;
    for (Change c : r.changes()) {
      kinds.merge(c.kind().json(), 1, Integer::sum);
      major += c.severity() == Severity.MAJOR ? 1 : 0;
    }
    Candidate c = t.candidate;
    return new Result(a.id(), b.id(), relation, new ScanPair(a.id(), b.id(), relation, r.score(), r.direction().json(),
        source, copy, r.changes().size(), major, kinds, "candidate", c.jaccard(), c.facts(), c.cosine(), a.title(),
        b.title(), a.url(), b.url()));
  }

  /** Same content hash: the same text up to case and whitespace, checked on the stored texts themselves. */
  private ScanPair exactPair(IndexSnapshot.Entry first, IndexSnapshot.Entry other) {
    Document a = index.document(first.docId());
    Document b = index.document(other.docId());
    if (!normalised(a.text()).equals(normalised(b.text()))) {
      throw new IllegalStateException("content hash collision between " + a.id() + " and " + b.id());
    }
    String source = null;
    if (a.published() != null && b.published() != null && !a.published().equals(b.published())) {
      source = a.published().isBefore(b.published()) ? a.id() : b.id();
    }
    String copy = source == null ? null : source.equals(a.id()) ? b.id() : a.id();
    String direction = source == null ? "unknown" : source.equals(a.id()) ? "a->b" : "b->a";
    return new ScanPair(a.id(), b.id(), Relation.DUPLICATE.json(), 1.0, direction, source, copy, 0, 0, Map.of(),
        "exact", 1.0, 1.0, 1.0, a.title(), b.title(), a.url(), b.url());
  }

  private static String normalised(String s) {
    return s.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").strip();
  }

  static List<ScanPair> readPairs(Path file) throws IOException {
    List<ScanPair> pairs = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        pairs.add(JSON.readValue(line, ScanPair.class));
      }
    }
    return pairs;
  }

  private static <T> T get(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("scan interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static void append(FileChannel channel, CharSequence text) throws IOException {
    if (text.length() > 0) {
      var buf = StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(text));
      while (buf.hasRemaining()) {
        channel.write(buf);
      }
    }
    channel.force(false); // results on disk before the state says they are
  }

  private static void truncate(Path file, long length) throws IOException {
    if (!Files.exists(file)) {
      Files.createFile(file);
    }
    try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE)) {
      c.truncate(length);
    }
  }

  private static ScanState readState(Path file) {
    try {
      return Files.exists(file) ? JSON.readValue(file.toFile(), ScanState.class) : null;
    } catch (IOException e) {
      return null; // unreadable state: start over rather than trust it
    }
  }

  private static ScanState save(Path file, ScanState s, boolean exactDone, int done, long pairsBytes, long checkedBytes)
      throws IOException {
    ScanState next = new ScanState(s.format(), s.index(), s.indexVersion(), exactDone, done, pairsBytes, checkedBytes);
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(tmp, JSON.writeValueAsString(next), StandardCharsets.UTF_8);
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    return next;
  }
}
