package dev.retrace.pairs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.retrace.documents.Document;
import dev.retrace.documents.DocumentReader;
import dev.retrace.documents.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a pairs file line by line. A malformed line becomes a {@link PairLine} carrying its error, so one
 * bad record never stops a batch; a missing or unreadable file is an {@link InvalidInputException}.
 * {@code a} and {@code b} may be plain strings or article objects ({@code {id,url,title,published,text|html}}).
 */
public final class PairReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  public static List<PairLine> readAll(Path file) {
    if (Files.isDirectory(file)) {
      throw new InvalidInputException(file.toString(), "is a directory, expected a JSONL file");
    }
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    List<PairLine> out = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file), decoder))) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (!line.isBlank()) {
          out.add(parse(line, n, file.toString()));
        }
      }
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(file.toString(), "no such file");
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new InvalidInputException(file.toString(), "not valid UTF-8 (JSONL must be UTF-8)");
    } catch (IOException e) {
      throw new InvalidInputException(file.toString(), "cannot read (" + e.getMessage() + ")");
    }
    if (out.isEmpty()) {
      throw new InvalidInputException(file.toString(), "file has no pairs");
    }
    return out;
  }

  /** Parses one line; never throws for bad content. */
  public static PairLine parse(String line, int lineNumber, String fileName) {
    String where = fileName + ":" + lineNumber;
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return new PairLine(lineNumber, null, where + ": not valid JSON (" + e.getOriginalMessage() + ")");
    }
    if (node == null || !node.isObject()) {
      return new PairLine(lineNumber, null, where + ": expected a JSON object");
    }
    String id = node.hasNonNull("id") ? node.get("id").asText() : "line-" + lineNumber;
    try {
      Document a = side(node.get("a"), id + "/a", where + " field a");
      Document b = side(node.get("b"), id + "/b", where + " field b");
      String task = node.hasNonNull("task") ? node.get("task").asText() : null;
      return new PairLine(lineNumber, new Pair(lineNumber, id, task, a, b, node.get("label"), node.get("meta")), null);
    } catch (InvalidInputException e) {
      return new PairLine(lineNumber, null, e.getMessage());
    }
  }

  private static Document side(JsonNode value, String id, String where) {
    if (value == null || value.isNull()) {
      throw new InvalidInputException(where, "missing");
    }
    if (value.isTextual()) {
      if (value.asText().isBlank()) {
        throw new InvalidInputException(where, "empty text");
      }
      return Document.ofPage(id, value.asText());
    }
    if (value.isObject()) {
      try {
        return DocumentReader.fromJson(value, id);
      } catch (InvalidInputException e) {
        throw new InvalidInputException(where, e.problem());
      }
    }
    throw new InvalidInputException(where, "expected a string or an article object");
  }

  private PairReader() {}
}
