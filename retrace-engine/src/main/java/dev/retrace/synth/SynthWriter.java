package dev.retrace.synth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a {@link Synthesizer.Result}: {@code pairs.jsonl} (the eval pairs format, task {@code derivation}),
 * {@code corpus/<id>.json} (every original and copy, {@code {id, title, published, text}}) and
 * {@code ground-truth.jsonl} ({@code {id, source_id, derivation, edits}} for every copy in the corpus).
 */
public final class SynthWriter {
  public static final String TASK = "derivation";
  private static final ObjectMapper JSON = new ObjectMapper();

  private SynthWriter() {}

  public static void write(Synthesizer.Result result, Path out) throws IOException {
    Files.createDirectories(out.resolve("corpus"));
    StringBuilder pairs = new StringBuilder();
    for (SynthPair p : result.pairs()) {
      pairs.append(line(pairLine(p))).append('\n');
    }
    Files.writeString(out.resolve("pairs.jsonl"), pairs, StandardCharsets.UTF_8);
    StringBuilder truth = new StringBuilder();
    for (Synthesizer.GroundTruth t : result.truth()) {
      ObjectNode n = JSON.createObjectNode();
      n.put("id", t.id());
      n.put("source_id", t.sourceId());
      n.put("derivation", t.derivation().json());
      n.set("edits", JSON.valueToTree(t.edits()));
      truth.append(line(n)).append('\n');
    }
    Files.writeString(out.resolve("ground-truth.jsonl"), truth, StandardCharsets.UTF_8);
    for (SynthArticle a : result.corpus().values()) {
      Files.writeString(out.resolve("corpus").resolve(fileName(a.id())),
          JSON.writerWithDefaultPrettyPrinter().writeValueAsString(a) + "\n", StandardCharsets.UTF_8);
    }
  }

  static ObjectNode pairLine(SynthPair p) {
    ObjectNode n = JSON.createObjectNode();
    n.put("id", p.id());
    n.put("task", TASK);
    n.set("a", JSON.valueToTree(p.a()));
    n.set("b", JSON.valueToTree(p.b()));
    n.put("label", p.label());
    ObjectNode meta = n.putObject("meta");
    meta.put("derivation", p.derivation().json());
    meta.set("edits", JSON.valueToTree(p.edits()));
    ArrayNode types = meta.putArray("edit_types");
    p.edits().forEach(e -> types.add(e.kind()));
    meta.put("source_id", p.sourceId());
    if (p.category() != null) {
      meta.put("category", p.category());
    }
    if (!p.sharedNames().isEmpty()) {
      meta.set("shared_names", JSON.valueToTree(p.sharedNames()));
    }
    return n;
  }

  /** A file name for an article id: characters outside [A-Za-z0-9._-] become '_'. */
  static String fileName(String id) {
    return id.replaceAll("[^A-Za-z0-9._-]", "_").toLowerCase(Locale.ROOT) + ".json";
  }

  private static String line(ObjectNode n) {
    try {
      return JSON.writeValueAsString(n);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
