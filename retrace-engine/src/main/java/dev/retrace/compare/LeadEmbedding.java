package dev.retrace.compare;

import dev.retrace.embeddings.SentenceEmbedder;
import java.util.List;

/**
 * The embedding of an article's lead (title and opening sentences), computed on first use and then kept.
 *
 * <p>Why lazily: the lead is one long text (about 120 word pieces), so embedding it costs about as much as
 * the article's first four or five sentences, and only the lead similarity of a full report and the similarity
 * task of {@code eval} read it. Candidate verification in a corpus scan or a trace never does: on Reuters-21578
 * the leads were about a quarter of the articles' embedding time (a profile of the scan, before and after).
 * Thread-safe.
 */
public final class LeadEmbedding {
  private final String text;
  private final SentenceEmbedder embedder;
  private volatile float[] vector;

  LeadEmbedding(String text, SentenceEmbedder embedder) {
    this.text = text;
    this.embedder = embedder;
  }

  public String text() {
    return text;
  }

  /** The lead's vector, embedding it on the first call. */
  public float[] vector() {
    float[] v = vector;
    if (v == null) {
      synchronized (this) {
        v = vector;
        if (v == null) {
          v = embedder.embed(List.of(text)).get(0);
          vector = v;
        }
      }
    }
    return v;
  }

  /** Whether the vector has been computed (tests and diagnostics). */
  public boolean computed() {
    return vector != null;
  }
}
