package dev.retrace.documents;

import java.time.Instant;
import java.util.Objects;

/**
 * A news article ready for analysis.
 *
 * @param id        short name used in reports (for a file: its name without extension)
 * @param url       where the article was published, or {@code null} when unknown
 * @param title     the headline, or {@code null} when none was found
 * @param published publication time, or {@code null} when unknown
 * @param text      the cleaned body: paragraphs separated by {@code "\n"}, no title line, no boilerplate
 * @param origin    the file path it was read from, or {@code "inline"}
 */
public record Document(String id, String url, String title, Instant published, String text, String origin) {

    /** Where a document built in code, not read from a file, comes from. */
    public static final String INLINE = "inline";

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    /** A document from plain text given in code: normalised, one paragraph a line, no title. */
    public static Document of(String id, String text) {
        return new Document(id, null, null, null, Lines.join(Lines.nonBlank(TextNormalizer.normalize(text))), INLINE);
    }
}
