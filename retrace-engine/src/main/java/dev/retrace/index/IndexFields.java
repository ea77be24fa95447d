package dev.retrace.index;

import dev.retrace.documents.Document;
import dev.retrace.sketches.Sketch;
import java.time.Instant;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;

/**
 * The fields of one indexed article. Searchable: key, content hash, LSH band keys, fact terms and the term
 * vector (HNSW). Columns (doc values) for what whole-index passes read for every article: key, hash, insertion
 * sequence, signature. Stored: what the compare engine needs to rebuild the Document.
 */
final class IndexFields {
  static final String KEY = "key";
  static final String HASH = "hash";
  static final String SEQ = "seq";
  static final String BAND = "band";
  static final String FACT = "fact";
  static final String FACTS = "facts";
  static final String SIGNATURE = "sig";
  static final String VECTOR = "vec";
  static final String TITLE = "title";
  static final String URL = "url";
  static final String PUBLISHED = "published";
  static final String TEXT = "text";
  static final String ORIGIN = "origin";
  static final String WORDS = "words";

  private IndexFields() {}

  static org.apache.lucene.document.Document of(Document d, Sketch s, long seq) {
    var doc = new org.apache.lucene.document.Document();
    doc.add(new StringField(KEY, d.id(), Field.Store.YES));
    doc.add(new BinaryDocValuesField(KEY, new BytesRef(d.id())));
    String hash = s.contentHash().toString();
    doc.add(new StringField(HASH, hash, Field.Store.YES));
    doc.add(new BinaryDocValuesField(HASH, new BytesRef(hash)));
    doc.add(new NumericDocValuesField(SEQ, seq));
    doc.add(new StoredField(SEQ, seq));
    for (long band : s.bands()) {
      doc.add(new StringField(BAND, bandTerm(band), Field.Store.NO));
    }
    for (String fact : s.facts()) {
      doc.add(new StringField(FACT, fact, Field.Store.NO));
    }
    doc.add(new StoredField(FACTS, String.join("\n", s.facts())));
    doc.add(new BinaryDocValuesField(SIGNATURE, new BytesRef(s.signature())));
    if (nonZero(s.vector())) {
      doc.add(new KnnFloatVectorField(VECTOR, s.vector(), VectorSimilarityFunction.DOT_PRODUCT));
    }
    if (d.title() != null) {
      doc.add(new StoredField(TITLE, d.title()));
    }
    if (d.url() != null) {
      doc.add(new StoredField(URL, d.url()));
    }
    if (d.published() != null) {
      doc.add(new StoredField(PUBLISHED, d.published().toEpochMilli()));
    }
    doc.add(new StoredField(TEXT, d.text()));
    doc.add(new StoredField(ORIGIN, d.origin() == null ? Document.INLINE : d.origin()));
    doc.add(new StoredField(WORDS, s.words()));
    return doc;
  }

  static Document toDocument(org.apache.lucene.document.Document stored) {
    var published = stored.getField(PUBLISHED);
    return new Document(stored.get(KEY), stored.get(URL), stored.get(TITLE),
        published == null ? null : Instant.ofEpochMilli(published.numericValue().longValue()), stored.get(TEXT),
        stored.get(ORIGIN));
  }

  static BytesRef bandTerm(long band) {
    byte[] b = new byte[8];
    for (int i = 0; i < 8; i++) {
      b[i] = (byte) (band >>> (56 - 8 * i));
    }
    return new BytesRef(b);
  }

  private static boolean nonZero(float[] v) {
    for (float x : v) {
      if (x != 0) {
        return true;
      }
    }
    return false;
  }
}
