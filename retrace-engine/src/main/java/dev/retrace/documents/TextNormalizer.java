package dev.retrace.documents;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Brings text from any source to one canonical form, so that two copies of the same sentence compare equal
 * whatever editor, CMS or encoding produced them: typographic quotes and dashes become ASCII, odd spaces
 * become plain spaces, invisible characters disappear, and line breaks are always {@code \n}.
 */
public final class TextNormalizer {

    /** An em dash (or a run of them) joins or separates clauses; keeping spaces around it keeps the words apart. */
    private static final Pattern SPACED_DASH = Pattern.compile("[\\u2014\\u2015\\u2E3A\\u2E3B\\uFE58]+");
    private static final Pattern SPACE_RUN = Pattern.compile(" {2,}");
    /** Leading and trailing spaces or tabs of each line; \n itself is kept. */
    private static final Pattern LINE_EDGE_BLANKS = Pattern.compile("(?m)^[ \\t]+|[ \\t]+$");

    private TextNormalizer() {
    }

    /** Returns the normalised form of {@code s}; {@code null} becomes the empty string. */
    public static String normalize(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String text = s.replace("\r\n", "\n");
        text = mapCharacters(text);
        // After invisible characters are gone, so that a base letter and its accent separated by one compose.
        text = Normalizer.normalize(text, Normalizer.Form.NFC);
        text = SPACED_DASH.matcher(text).replaceAll(" - ");
        text = SPACE_RUN.matcher(text).replaceAll(" ");
        text = LINE_EDGE_BLANKS.matcher(text).replaceAll("");
        return text.strip();
    }

    /** One pass over the text: maps or drops each character; see {@link #map(int)}. */
    private static String mapCharacters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String mapped = map(cp);
            if (mapped == null) {
                out.appendCodePoint(cp);
            } else {
                out.append(mapped);
            }
        });
        return out.toString();
    }

    /** The replacement for one character, or {@code null} to keep it as it is. */
    private static String map(int cp) {
        switch (cp) {
            case '\n', '\t':
                return null;
            case '\r', 0x0B, '\f', 0x85, 0x2028, 0x2029: // lone CR, vertical tab, form feed, NEL, line/paragraph separator
                return "\n";
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2039, 0x203A, 0x2032, 0xFF07:
                return "'";
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033, 0xFF02:
                return "\"";
            // Hyphen, non-breaking hyphen, figure dash, en dash, minus, small and full-width hyphen-minus: a plain
            // hyphen, without spaces, so that ranges such as "2010–2015" stay one token.
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2212, 0xFE63, 0xFF0D:
                return "-";
            default:
                break;
        }
        if (Character.isSpaceChar(cp)) { // no-break, thin, ideographic and other Unicode spaces
            return " ";
        }
        int type = Character.getType(cp);
        // Cc: control characters, which mean nothing in an article. Cf: zero-width spaces and joiners, soft
        // hyphens, byte-order marks and bidi marks, which are invisible but would split or glue words when compared.
        if (type == Character.CONTROL || type == Character.FORMAT) {
            return "";
        }
        return null;
    }
}
