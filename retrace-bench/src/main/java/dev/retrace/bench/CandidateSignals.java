package dev.retrace.bench;

import dev.retrace.index.ArticleIndex;
import dev.retrace.index.Candidate;
import dev.retrace.index.IndexSnapshot;
import dev.retrace.sketches.Sketcher;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every candidate the index returns for every article, with the three channel signals, so that a candidate
 * gate can be chosen from labelled data (a synthetic corpus's ground truth, or the compare engine's verdicts
 * in a scan's checked.tsv) instead of from a handful of examples. Writes TSV: query id, candidate id, MinHash
 * Jaccard, fact share, term-vector cosine.
 *
 * <p>Run: {@code java -cp retrace-bench/target/benchmarks.jar dev.retrace.bench.CandidateSignals INDEX OUT.tsv [PER_CHANNEL]}
 */
public final class CandidateSignals {
  private CandidateSignals() {}

  public static void main(String[] args) throws Exception {
    Path index = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int perChannel = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    Sketcher sketcher = new Sketcher();
    try (IndexSnapshot snapshot = ArticleIndex.openForReading(index);
        PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      List<IndexSnapshot.Entry> entries = new ArrayList<>();
      snapshot.forEachArticle(entries::add);
      for (IndexSnapshot.Entry e : entries) {
        var sketch = sketcher.sketch(snapshot.document(e.docId()).text());
        for (Candidate c : snapshot.candidates(sketch, e.hash(), perChannel)) {
          w.printf(Locale.ROOT, "%s\t%s\t%.4f\t%.4f\t%.4f%n", e.key(), c.key(), c.jaccard(), c.facts(), c.cosine());
        }
      }
    }
  }
}
