package dev.retrace.corpus;

import dev.retrace.documents.Document;
import dev.retrace.documents.TextNormalizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The Reuters-21578 SGML files ({@code reut2-NNN.sgm}), parsed with jsoup's lenient XML parser (the files are
 * SGML with numeric entities for control characters, not well-formed XML). Each {@code <REUTERS>} with a
 * {@code <BODY>} is one article, id {@code reuters-NEWID}; the 2,535 without a body (briefs, unprocessed
 * wires) are reported as skipped. The body's hard line wraps are joined back into paragraphs: the wire marks a
 * new paragraph by indenting its first line.
 */
public final class ReutersReader {
  private static final DateTimeFormatter DATE = new java.time.format.DateTimeFormatterBuilder()
      .parseCaseInsensitive().appendPattern("d-MMM-yyyy HH:mm:ss").toFormatter(Locale.ENGLISH); // "26-FEB-1987 15:01:01"

  private ReutersReader() {}

  static void read(Path file, CorpusVisitor visitor) {
    String sgml;
    try {
      // The collection is ASCII with a few Latin-1 bytes; Latin-1 maps every byte, so nothing is lost.
      sgml = Files.readString(file, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      visitor.skipped(file.toString(), "cannot read file: " + e.getMessage());
      return;
    }
    String name = file.getFileName().toString();
    for (Element story : Jsoup.parse(sgml, "", Parser.xmlParser()).getElementsByTag("REUTERS")) {
      String newId = story.attr("NEWID");
      String position = name + " NEWID=" + newId;
      Element body = story.selectFirst("BODY");
      if (newId.isBlank()) {
        visitor.skipped(position, "REUTERS element without NEWID");
        continue;
      }
      if (body == null || body.wholeText().isBlank()) {
        visitor.skipped(position, "no BODY");
        continue;
      }
      String text = paragraphs(body.wholeText());
      if (text.isBlank()) {
        visitor.skipped(position, "no BODY");
        continue;
      }
      Element title = story.selectFirst("TITLE");
      String headline = title == null ? null : TextNormalizer.normalize(title.wholeText().replaceAll("\\s+", " "));
      visitor.document(new Document("reuters-" + newId, null, headline == null || headline.isBlank() ? null : headline,
          date(story.selectFirst("DATE")), text, position));
    }
  }

  /** The BODY text as the wire wrote it, one paragraph a line (wrapped lines joined, control characters gone). */
  public static String paragraphs(String body) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String raw : body.split("\n", -1)) {
      String line = raw.replaceAll("[\\p{Cntrl}&&[^\t]]", "");
      boolean indented = line.startsWith("  ") || line.startsWith("\t");
      if ((indented || line.isBlank()) && current.length() > 0) {
        paragraphs.add(current.toString());
        current.setLength(0);
      }
      String stripped = line.strip();
      if (!stripped.isEmpty()) {
        if (current.length() > 0) {
          current.append(' ');
        }
        current.append(stripped);
      }
    }
    if (current.length() > 0) {
      paragraphs.add(current.toString());
    }
    return TextNormalizer.normalize(String.join("\n", paragraphs));
  }

  private static Instant date(Element date) {
    if (date == null) {
      return null;
    }
    String s = date.text().strip();
    int dot = s.indexOf('.', s.lastIndexOf(':'));
    if (dot > 0) {
      s = s.substring(0, dot); // hundredths of a second
    }
    try {
      return LocalDateTime.parse(s, DATE).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null; // a few dates in the collection are garbled; the article is still worth reading
    }
  }
}
