package dev.retrace.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads an article from an untrusted file or value. Every way an input can be unusable ends in an
 * {@link InvalidInputException} naming the input and the problem, never in a stack trace or in an empty document
 * that would be analysed as if it were an article.
 */
public final class DocumentReader {

    /** Larger files are not news articles; reading them whole would only waste memory. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    static final String NO_TEXT = "no article text found";
    static final String EMPTY = "file is empty";

    private DocumentReader() {
    }

    /** Reads {@code path} with the default size limit; see {@link #read(Path, long)}. */
    public static Document read(Path path) {
        return read(path, DEFAULT_MAX_BYTES);
    }

    /**
     * Reads a .txt, .html/.htm or .json file (other extensions are read as text, or as HTML when the content
     * is a web page). The document id is the file name without extension; its origin is the path.
     *
     * @throws InvalidInputException when the file is missing, unreadable, too large, empty, binary or malformed
     */
    public static Document read(Path path, long maxBytes) {
        String input = path.toString();
        byte[] bytes = readBytes(path, input, maxBytes);
        String content = TextDecoder.decode(bytes, input);
        if (content.isBlank()) {
            // Text made only of invisible characters gets through here and ends as "no article text found".
            throw new InvalidInputException(input, EMPTY);
        }
        String id = idOf(path);
        return switch (Format.of(path, content)) {
            case JSON -> fromJson(parseJson(content, input), id, input);
            case HTML -> fromHtml(content, id, input);
            case TEXT -> fromText(content, id, input);
        };
    }

    /**
     * Reads one JSON object: {@code id}, {@code url}, {@code title}, {@code published} (ISO-8601 date or
     * date-time, or RFC-1123) and the body as {@code text} or, failing that, {@code html}. The id defaults to
     * {@code inputName}, which also names the input in errors.
     */
    public static Document fromJson(JsonNode node, String inputName) {
        return fromJson(node, inputName, inputName);
    }

    private static Document fromJson(JsonNode node, String defaultId, String input) {
        if (node == null || !node.isObject()) {
            throw new InvalidInputException(input, "expected one JSON object, found " + kind(node));
        }
        String id = optionalString(node, "id", input);
        String url = optionalString(node, "url", input);
        String title = optionalString(node, "title", input);
        Instant published = publishedOf(node, input);
        String text = optionalString(node, "text", input);
        String html = optionalString(node, "html", input);
        id = id == null || id.isBlank() ? defaultId : id.strip();
        url = url == null || url.isBlank() ? null : url.strip();
        title = title == null || title.isBlank() ? null : TextNormalizer.normalize(title);

        List<String> lines;
        if (text != null && !text.isBlank()) {
            lines = BoilerplateFilter.clean(Lines.nonBlank(TextNormalizer.normalize(text)));
        } else if (html != null && !html.isBlank()) {
            HtmlArticleExtractor.Extracted extracted = HtmlArticleExtractor.extract(html, url);
            lines = Lines.nonBlank(extracted.text());
            title = title != null ? title : extracted.title();
            published = published != null ? published : extracted.published();
        } else if (text == null && html == null) {
            throw new InvalidInputException(input, "JSON has no \"text\" or \"html\" field");
        } else {
            lines = List.of();
        }
        // The title is a field of its own here; a copy of it at the top of the body is not body text.
        String headline = title;
        lines = lines.stream().filter(line -> !line.equalsIgnoreCase(headline)).toList();
        if (lines.isEmpty()) {
            throw new InvalidInputException(input, NO_TEXT);
        }
        return new Document(id, url, title, published, Lines.join(lines), input);
    }

    /**
     * Reads plain text: normalised, one paragraph a line, boilerplate lines dropped; the first remaining line is
     * the title when it reads as a headline (see {@link Headline}).
     *
     * @throws InvalidInputException naming {@code origin} when no article text is left
     */
    public static Document fromText(String text, String id, String origin) {
        // Chrome goes before the title is chosen, so that a "Skip to content" line cannot become the title.
        List<String> lines = BoilerplateFilter.clean(Lines.nonBlank(TextNormalizer.normalize(text)));
        String title = null;
        if (Headline.isHeadline(lines)) {
            title = lines.get(0);
            lines = lines.subList(1, lines.size());
        }
        if (lines.isEmpty()) {
            throw new InvalidInputException(origin, NO_TEXT);
        }
        return new Document(id, null, title, null, Lines.join(lines), origin);
    }

    /**
     * Reads a web page: see {@link HtmlArticleExtractor}.
     *
     * @throws InvalidInputException naming {@code origin} when the page has no article text
     */
    public static Document fromHtml(String html, String id, String origin) {
        HtmlArticleExtractor.Extracted extracted = HtmlArticleExtractor.extract(html, null);
        if (extracted.text().isBlank()) {
            throw new InvalidInputException(origin, NO_TEXT);
        }
        return new Document(id, null, extracted.title(), extracted.published(), extracted.text(), origin);
    }

    /** The bytes of the file, after the checks that give each kind of unusable path its own message. */
    private static byte[] readBytes(Path path, String input, long maxBytes) {
        if (Files.isDirectory(path)) {
            throw new InvalidInputException(input, "is a directory, expected a file");
        }
        if (!Files.exists(path)) {
            throw new InvalidInputException(input, "no such file");
        }
        if (!Files.isRegularFile(path)) {
            throw new InvalidInputException(input, "not a regular file");
        }
        try {
            long size = Files.size(path);
            if (size > maxBytes) {
                throw new InvalidInputException(input, tooLarge(size, maxBytes));
            }
            if (size == 0) {
                throw new InvalidInputException(input, EMPTY);
            }
            // Read at most one byte past the limit: the file may have grown since its size was taken.
            try (InputStream in = Files.newInputStream(path)) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    throw new InvalidInputException(input, tooLarge(bytes.length, maxBytes));
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(input, "no such file");
        } catch (AccessDeniedException e) {
            throw new InvalidInputException(input, "cannot read file: permission denied");
        } catch (IOException e) {
            throw new InvalidInputException(input, "cannot read file: " + e.getMessage());
        }
    }

    static String tooLarge(long size, long maxBytes) {
        return "file is " + humanSize(size, false) + ", larger than the " + humanSize(maxBytes, true) + " limit";
    }

    /** "20.0 MB", "2.0 KB", "12 bytes"; a limit that is a whole number of units is written without decimals. */
    private static String humanSize(long bytes, boolean wholeIfExact) {
        String[] units = {"MB", "KB"};
        double[] sizes = {1024.0 * 1024, 1024.0};
        for (int i = 0; i < units.length; i++) {
            if (bytes >= sizes[i]) {
                double value = bytes / sizes[i];
                boolean whole = wholeIfExact && value == Math.rint(value);
                return (whole ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value)) + " " + units[i];
            }
        }
        return bytes + (bytes == 1 ? " byte" : " bytes");
    }

    private static JsonNode parseJson(String content, String input) {
        try {
            return Json.MAPPER.readTree(content);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(input, "not valid JSON: " + shortMessage(e));
        }
    }

    /** Jackson's own message plus where the error is, without the source excerpt it usually appends. */
    private static String shortMessage(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "parse error" : e.getOriginalMessage();
        message = message.lines().findFirst().orElse("parse error").strip()
                .replaceAll("\\s*\\(bound as [^)]*\\)", ""); // names a Jackson class, which means nothing to a user
        if (message.length() > 120) {
            message = message.substring(0, 117) + "...";
        }
        if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
            message += " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        }
        return message;
    }

    private static String optionalString(JsonNode node, String field, String input) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (field.equals("id") && value.isNumber()) {
            return value.asText();
        }
        if (!value.isTextual()) {
            throw new InvalidInputException(input, "JSON field \"" + field + "\" must be a string, found " + kind(value));
        }
        return value.asText();
    }

    private static Instant publishedOf(JsonNode node, String input) {
        String value = optionalString(node, "published", input);
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant instant = PublishedDate.parse(value);
        if (instant == null) {
            throw new InvalidInputException(input,
                    "JSON field \"published\" is not a date: \"" + abbreviate(value) + "\" (expected " + PublishedDate.FORMATS + ")");
        }
        return instant;
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    private static String kind(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> node.getNodeType().toString().toLowerCase(Locale.ROOT);
        };
    }

    /** "a.b.txt" → "a.b"; a name that starts with its only dot keeps it. */
    private static String idOf(Path path) {
        Path fileName = path.getFileName();
        String name = fileName == null ? path.toString() : fileName.toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** How to read a file: by extension, or by content for pages saved under another name. */
    private enum Format {
        TEXT, HTML, JSON;

        static Format of(Path path, String content) {
            String name = String.valueOf(path.getFileName()).toLowerCase(Locale.ROOT);
            if (name.endsWith(".json")) {
                return JSON;
            }
            if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml") || looksLikeHtml(content)) {
                return HTML;
            }
            return TEXT;
        }

        private static boolean looksLikeHtml(String content) {
            String start = content.stripLeading();
            start = start.substring(0, Math.min(start.length(), 500)).toLowerCase(Locale.ROOT);
            // BOMs were consumed by the decoder; an XML declaration precedes XHTML pages.
            return start.startsWith("<!doctype html") || start.startsWith("<html")
                    || (start.startsWith("<?xml") && start.contains("<html"));
        }
    }
}
