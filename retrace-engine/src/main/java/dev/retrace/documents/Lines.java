package dev.retrace.documents;

import java.util.List;
import java.util.regex.Pattern;

/** Small line-level facts shared by the title heuristic, the boilerplate filter and the readers. */
final class Lines {

    /** Ends with . ! ? (or an ellipsis), optionally followed by closing quotes or brackets: a finished sentence. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\\u2026][\"')\\]\\u2019\\u201D]*$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Lines() {
    }

    /** The lines of {@code text}, stripped, without blank ones. */
    static List<String> nonBlank(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** Paragraphs joined the way {@link Document#text()} stores them. */
    static String join(List<String> lines) {
        return String.join("\n", lines);
    }

    static boolean endsSentence(String line) {
        return SENTENCE_END.matcher(line.strip()).find();
    }

    static int wordCount(String line) {
        String stripped = line.strip();
        return stripped.isEmpty() ? 0 : WHITESPACE.split(stripped).length;
    }
}
