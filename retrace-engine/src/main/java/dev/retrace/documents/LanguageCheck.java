package dev.retrace.documents;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cheap test of whether a text is English, so that the caller can warn before comparing texts with
 * English-only models. English prose is about 40 % function words ("the", "of", "and"...), while other
 * languages use few of them, and texts in other scripts use no Latin letters at all. It only answers; deciding
 * what to do with a non-English input is the caller's business.
 */
public final class LanguageCheck {

    /**
     * Common English function words. The articles "a" and "an" are left out: they are also frequent words of
     * French, Portuguese and German. A few kept words exist elsewhere too ("in", "was", "on"), but no other
     * language uses enough of the whole list to reach the threshold.
     */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "the", "of", "and", "to", "in", "is", "that", "for", "on", "with", "as", "was", "by", "it", "at",
            "from", "be", "are", "this", "have", "has", "had", "not", "but", "or", "he", "she", "they", "his",
            "her", "their", "its", "were", "which", "will", "would", "been", "who", "we", "you", "there", "than",
            "said", "also", "after", "about", "into", "more", "can", "could", "one", "all", "what", "when", "if",
            "no", "out", "up", "them", "other", "these", "those", "some", "such", "only", "over", "him", "our",
            "should", "may", "being", "before", "while", "where", "how", "because", "does", "did", "any", "most",
            "very", "just", "then", "so", "do", "my", "your", "says");

    /**
     * Below this share of function words a Latin-script text is taken for another language. English news
     * scores about 0.4 and sports results with long name lists about 0.16; German, French, Spanish, Italian and
     * Dutch prose score under 0.05.
     */
    private static final double MIN_FUNCTION_WORD_SHARE = 0.10;
    /** Fewer words than this give no reliable share; such texts get the benefit of the doubt. */
    private static final int MIN_WORDS = 8;

    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:'\\p{L}+)*");

    private LanguageCheck() {
    }

    /** True when {@code text} looks like English, or is too short to tell. */
    public static boolean looksEnglish(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        if (!mostlyLatinLetters(text)) {
            return false;
        }
        int words = 0;
        int functionWords = 0;
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words++;
            if (FUNCTION_WORDS.contains(m.group())) {
                functionWords++;
            }
        }
        if (words < MIN_WORDS) {
            return true;
        }
        return functionWords >= MIN_FUNCTION_WORD_SHARE * words;
    }

    /** Cyrillic, Chinese, Arabic and other scripts are ruled out by their letters before counting words. */
    private static boolean mostlyLatinLetters(String text) {
        long letters = 0;
        long latin = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
                    latin++;
                }
            }
        }
        return letters == 0 || latin * 2 > letters;
    }
}
