package dev.retrace.documents;

import java.time.Instant;
import java.util.List;
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

    /**
     * An inline text as a batch of labelled pairs carries it: normalised, one paragraph a line, and page chrome
     * ("Send this page to someone via email", "Story continues below advertisement") dropped as it is from files;
     * no line is taken for a title, since such texts are often one sentence. A text that is nothing but chrome
     * is kept as it is rather than emptied.
     */
    public static Document ofPage(String id, String text) {
        List<String> lines = Lines.nonBlank(TextNormalizer.normalize(text));
        List<String> content = BoilerplateFilter.clean(lines);
        return new Document(id, null, null, null, Lines.join(content.isEmpty() ? lines : content), INLINE);
    }
}
