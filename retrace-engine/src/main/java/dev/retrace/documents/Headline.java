package dev.retrace.documents;

import java.util.List;

/**
 * Decides whether the first line of a plain-text article is its headline. Text files usually come as
 * "headline, then body", but many have no headline at all; a headline is short and is not a finished sentence.
 */
final class Headline {

    static final int MAX_WORDS = 20;

    private Headline() {
    }

    /** True when {@code lines.get(0)} reads as a headline over the rest of {@code lines}. */
    static boolean isHeadline(List<String> lines) {
        if (lines.size() < 2) {
            return false; // a single line is the whole article, not a title over nothing
        }
        String first = lines.get(0).strip();
        if (first.isEmpty() || Lines.wordCount(first) > MAX_WORDS || Lines.endsSentence(first)) {
            return false;
        }
        // A line that stops on a comma, colon or the like, or whose next line goes on in lower case, is a
        // hard-wrapped sentence rather than a headline.
        if (first.matches(".*[,;:\\-]$")) {
            return false;
        }
        String next = lines.get(1).strip();
        return next.isEmpty() || !Character.isLowerCase(next.codePointAt(0));
    }
}
