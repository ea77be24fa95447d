package dev.retrace.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.retrace.documents.DocumentReader;
import dev.retrace.documents.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One article per line: {@code {id,url,title,published,text|html}}. A line that is not such an object is
 * reported as {@code file:line} and skipped; an article without an id is named {@code file:line}.
 */
final class JsonLinesReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonLinesReader() {}

  static void read(Path file, CorpusVisitor visitor) {
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try (BufferedReader in = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file), decoder))) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        String position = file.getFileName() + ":" + n;
        try {
          JsonNode node = MAPPER.readTree(line);
          visitor.document(DocumentReader.fromJson(node, position));
        } catch (JsonProcessingException e) {
          visitor.skipped(position, "not valid JSON: " + firstLine(e.getOriginalMessage()));
        } catch (InvalidInputException e) {
          visitor.skipped(position, e.problem());
        }
      }
    } catch (IOException e) {
      visitor.skipped(file.toString(), "cannot read file: " + e.getMessage());
    }
  }

  private static String firstLine(String s) {
    return s == null ? "parse error" : s.lines().findFirst().orElse("parse error");
  }
}
