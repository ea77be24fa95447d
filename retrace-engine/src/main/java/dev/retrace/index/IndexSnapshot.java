package dev.retrace.index;

import dev.retrace.documents.Document;
import dev.retrace.sketches.Sketch;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * A read-only view of the index as of one commit, safe to use from many threads. Finds candidates for an
 * article through three channels, each a Lucene query: LSH band keys (near copies), fact terms weighted by
 * IDF (rewrites keep figures, names, quotations and rare words), and the term vector (HNSW).
 */
public final class IndexSnapshot implements AutoCloseable {
  /** Facts a query uses: the rarest ones carry the evidence; more only slows the query. */
  static final int QUERY_FACTS = 100;
  /** Facts in more than this share of articles say nothing about copying ("p:monday"). */
  static final double MAX_FACT_SHARE = 0.05;

  private final Path location;
  private final Directory dir;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  IndexSnapshot(Path location, Directory dir, DirectoryReader reader) {
    this.location = location;
    this.dir = dir;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
  }

  public Path location() {
    return location;
  }

  /** Changes with every commit: a scan of one version cannot be resumed over another. */
  public long version() {
    return reader.getVersion();
  }

  public int articles() {
    return reader.numDocs();
  }

  public IndexStats stats() {
    Set<String> contents = new HashSet<>();
    forEachArticle(a -> contents.add(a.hash()));
    long bytes = 0;
    try {
      for (String file : dir.listAll()) {
        try {
          bytes += dir.fileLength(file);
        } catch (IOException e) {
          // a file the writer just deleted: not part of this commit
        }
      }
      int segments = reader.leaves().size();
      return new IndexStats(reader.numDocs(), contents.size(), reader.numDocs() - contents.size(), bytes, segments);
    } catch (IOException e) {
      throw ArticleIndex.failure(location, "cannot read the index", e);
    }
  }

  /** One live article as whole-index passes see it. */
  public record Entry(int docId, long seq, String key, String hash, byte[] signature) {}

  /** Every live article, in Lucene doc order (use {@link Entry#seq()} for insertion order). */
  public void forEachArticle(Consumer<Entry> visitor) {
    try {
      forEachLive(reader, true, visitor);
    } catch (IOException e) {
      throw ArticleIndex.failure(location, "cannot read the index", e);
    }
  }

  /**
   * Walks the live articles of any reader of this index from their doc values (no stored fields); the index
   * writer uses it too when it reopens. Signatures are copied only when asked for (empty otherwise).
   */
  static void forEachLive(IndexReader reader, boolean withSignatures, Consumer<Entry> visitor) throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      BinaryDocValues keys = leaf.reader().getBinaryDocValues(IndexFields.KEY);
      BinaryDocValues hashes = leaf.reader().getBinaryDocValues(IndexFields.HASH);
      BinaryDocValues signatures = withSignatures ? leaf.reader().getBinaryDocValues(IndexFields.SIGNATURE) : null;
      NumericDocValues seqs = leaf.reader().getNumericDocValues(IndexFields.SEQ);
      Bits live = leaf.reader().getLiveDocs();
      if (keys == null) {
        continue;
      }
      for (int doc = keys.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = keys.nextDoc()) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        hashes.advanceExact(doc);
        seqs.advanceExact(doc);
        byte[] sig = signatures != null && signatures.advanceExact(doc)
            ? BytesRef.deepCopyOf(signatures.binaryValue()).bytes : new byte[0];
        visitor.accept(new Entry(leaf.docBase + doc, seqs.longValue(), keys.binaryValue().utf8ToString(),
            hashes.binaryValue().utf8ToString(), sig));
      }
    }
  }

  /** The stored article with this id, or null. */
  public Document document(String key) {
    int doc = docId(key);
    return doc < 0 ? null : document(doc);
  }

  /** The doc id of the article with this id, or -1. */
  public int docId(String key) {
    try {
      TopDocs top = searcher.search(new TermQuery(new Term(IndexFields.KEY, key)), 1);
      return top.scoreDocs.length == 0 ? -1 : top.scoreDocs[0].doc;
    } catch (IOException e) {
      throw ArticleIndex.failure(location, "cannot read the index", e);
    }
  }

  public Document document(int docId) {
    try {
      return IndexFields.toDocument(reader.storedFields().document(docId));
    } catch (IOException e) {
      throw ArticleIndex.failure(location, "cannot read the index", e);
    }
  }

  /** The fact terms stored for an article (for story labels). */
  public List<String> facts(int docId) {
    try {
      String facts = reader.storedFields().document(docId, Set.of(IndexFields.FACTS)).get(IndexFields.FACTS);
      return facts == null || facts.isEmpty() ? List.of() : List.of(facts.split("\n"));
    } catch (IOException e) {
      throw ArticleIndex.failure(location, "cannot read the index", e);
    }
  }

  /** Insertion sequence and content hash of one article. */
  public Entry entry(int docId) {
    try {
      LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(docId, reader.leaves()));
      int doc = docId - leaf.docBase;
      BinaryDocValues keys = leaf.reader().getBinaryDocValues(IndexFields.KEY);
      BinaryDocValues hashes = leaf.reader().getBinaryDocValues(IndexFields.HASH);
      BinaryDocValues sigs = leaf.reader().getBinaryDocValues(IndexFields.SIGNATURE);
      NumericDocValues seqs = leaf.reader().getNumericDocValues(IndexFields.SEQ);
      keys.advanceExact(doc);
      hashes.advanceExact(doc);
      seqs.advanceExact(doc);
      byte[] sig = sigs != null && sigs.advanceExact(doc) ? BytesRef.deepCopyOf(sigs.binaryValue()).bytes : new byte[0];
      return new Entry(docId, seqs.longValue(), keys.binaryValue().utf8ToString(), hashes.binaryValue().utf8ToString(), sig);
    } catch (IOException e) {
      throw ArticleIndex.failure(location, "cannot read the index", e);
    }
  }

  /** Ids of every article with this content hash, first indexed first. */
  public List<String> withContent(String hash) {
    try {
      TopDocs top = searcher.search(new TermQuery(new Term(IndexFields.HASH, hash)), 1000);
      List<Entry> entries = new ArrayList<>();
      for (ScoreDoc sd : top.scoreDocs) {
        entries.add(entry(sd.doc));
      }
      entries.sort(Comparator.comparingLong(Entry::seq));
      return entries.stream().map(Entry::key).toList();
    } catch (IOException e) {
      throw ArticleIndex.failure(location, "cannot read the index", e);
    }
  }

  /**
   * Articles that may be copies or sources of the sketched one, strongest first, one per content (exact
   * duplicates of each other collapse into the first indexed). Articles with {@code excludeHash} (the query
   * article itself and its exact duplicates) are left out.
   *
   * @param perChannel how many hits each channel contributes before merging
   */
  public List<Candidate> candidates(Sketch sketch, String excludeHash, int perChannel) {
    try {
      Map<Integer, double[]> found = new LinkedHashMap<>(); // doc -> {jaccard, facts, cosine}
      if (sketch.bands().length > 0) {
        BooleanQuery.Builder bands = new BooleanQuery.Builder();
        for (long band : sketch.bands()) {
          bands.add(new ConstantScoreQuery(new TermQuery(new Term(IndexFields.BAND, IndexFields.bandTerm(band)))),
              BooleanClause.Occur.SHOULD);
        }
        for (ScoreDoc sd : searcher.search(bands.build(), perChannel).scoreDocs) {
          found.computeIfAbsent(sd.doc, d -> new double[3]);
        }
      }
      FactQuery facts = factQuery(sketch);
      if (facts != null) {
        for (ScoreDoc sd : searcher.search(facts.query, perChannel).scoreDocs) {
          found.computeIfAbsent(sd.doc, d -> new double[3])[1] = Math.min(1, sd.score / facts.totalWeight);
        }
      }
      if (hasDirection(sketch.vector())) {
        Query knn = new KnnFloatVectorQuery(IndexFields.VECTOR, sketch.vector(), perChannel);
        for (ScoreDoc sd : searcher.search(knn, perChannel).scoreDocs) {
          found.computeIfAbsent(sd.doc, d -> new double[3])[2] = 2 * sd.score - 1; // DOT_PRODUCT score is (1+cos)/2
        }
      }
      Map<String, Candidate> byContent = new HashMap<>();
      Map<String, Long> seqByContent = new HashMap<>();
      for (var e : found.entrySet()) {
        Entry entry = entry(e.getKey());
        if (entry.hash().equals(excludeHash)) {
          continue;
        }
        double[] s = e.getValue();
        double jaccard = entry.signature().length == sketch.signature().length && sketch.signature().length > 0
            ? Sketch.jaccard(sketch.signature(), entry.signature()) : 0;
        Candidate c = new Candidate(entry.key(), entry.docId(), entry.hash(), jaccard, s[1], s[2]);
        Long seq = seqByContent.get(entry.hash());
        if (seq == null || entry.seq() < seq) {
          Candidate previous = byContent.get(entry.hash());
          byContent.put(entry.hash(), previous == null ? c : merge(c, previous));
          seqByContent.put(entry.hash(), entry.seq());
        } else {
          byContent.put(entry.hash(), merge(byContent.get(entry.hash()), c));
        }
      }
      List<Candidate> out = new ArrayList<>(byContent.values());
      out.sort(Candidate.BEST_FIRST);
      return out;
    } catch (IOException e) {
      throw ArticleIndex.failure(location, "cannot search the index", e);
    }
  }

  /** The first's identity with the strongest evidence of both (exact duplicates carry the same evidence). */
  private static Candidate merge(Candidate first, Candidate other) {
    return new Candidate(first.key(), first.docId(), first.hash(), Math.max(first.jaccard(), other.jaccard()),
        Math.max(first.facts(), other.facts()), Math.max(first.cosine(), other.cosine()));
  }

  private record FactQuery(Query query, double totalWeight) {}

  /**
   * The article's rarest facts as a disjunction, each weighted by its IDF, so a candidate's score is the IDF
   * mass it shares; divided by the query's total it is the share of the article's distinctive facts found.
   */
  private FactQuery factQuery(Sketch sketch) throws IOException {
    int n = Math.max(1, reader.numDocs());
    // The term's states (where it sits in each segment) are looked up once, for its document frequency, and
    // handed to the query: looking terms up was most of a scan's candidate search, and each was done twice.
    record Weighted(Term term, TermStates states, double idf) {}
    List<Weighted> weighted = new ArrayList<>();
    for (String fact : sketch.facts()) {
      Term term = new Term(IndexFields.FACT, fact);
      TermStates states = TermStates.build(searcher, term, true);
      int df = states.docFreq();
      if (df > MAX_FACT_SHARE * n && df > 2) {
        continue;
      }
      double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      weighted.add(new Weighted(term, states, idf));
    }
    if (weighted.isEmpty()) {
      return null;
    }
    weighted.sort(Comparator.comparingDouble(Weighted::idf).reversed());
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    double total = 0;
    for (Weighted w : weighted.subList(0, Math.min(QUERY_FACTS, weighted.size()))) {
      q.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(w.term, w.states)), (float) w.idf),
          BooleanClause.Occur.SHOULD);
      total += w.idf;
    }
    return new FactQuery(q.build(), total);
  }

  private static boolean hasDirection(float[] v) {
    for (float x : v) {
      if (x != 0) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void close() {
    ArticleIndex.close(reader);
    ArticleIndex.close(dir);
  }
}
