package dev.retrace.documents;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns the bytes of an untrusted file into text. Files come from anywhere (saved web pages, Windows editors,
 * old archives), so the encoding is found from the bytes rather than assumed, and data that is not text at all
 * is rejected instead of being analysed as gibberish.
 */
public final class TextDecoder {

    static final String BINARY = "looks like binary data, not text";

    /** Share of control characters above which the input is not prose; real text has almost none. */
    private static final double MAX_CONTROL_SHARE = 0.05;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * Encodings the detector reports for Western European text. windows-1252 is used for all of them: it is a
     * superset of ISO-8859-1 for printable characters and also maps the bytes 0x80-0x9F (smart quotes, dashes)
     * that Windows editors write and that ISO-8859-1 would turn into invisible control characters.
     */
    private static final Set<String> WESTERN = Set.of("ISO-8859-1", "WINDOWS-1252", "US-ASCII");

    private TextDecoder() {
    }

    /**
     * Decodes {@code bytes}; {@code inputName} only names the input in the error.
     *
     * @throws InvalidInputException when the bytes look like binary data
     */
    public static String decode(byte[] bytes, String inputName) {
        if (bytes.length == 0) {
            return "";
        }
        Bom bom = Bom.of(bytes);
        String text;
        if (bom != null) {
            text = new String(bytes, bom.length, bytes.length - bom.length, bom.charset);
        } else {
            // A NUL byte never occurs in text in a single-byte encoding or UTF-8; UTF-16 without a BOM is too rare
            // to be worth the false positives of guessing it.
            if (containsNul(bytes) || hasBinarySignature(bytes)) {
                throw new InvalidInputException(inputName, BINARY);
            }
            text = decodeWithoutBom(bytes);
        }
        if (looksBinary(text)) {
            throw new InvalidInputException(inputName, BINARY);
        }
        return text;
    }

    /**
     * Valid UTF-8 (which includes ASCII) is UTF-8. Text that is mostly UTF-8 but has a few stray bytes, as when
     * a paragraph in windows-1252 was pasted into a UTF-8 file, keeps its UTF-8 characters and reads the stray
     * bytes as windows-1252, instead of turning every accented letter into mojibake. Anything else is in a legacy
     * encoding, which the detector names.
     */
    private static String decodeWithoutBom(byte[] bytes) {
        int[] counts = utf8Counts(bytes);
        int multiByte = counts[0];
        int invalid = counts[1];
        if (invalid == 0) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (multiByte > invalid) {
            return decodeUtf8WithWindows1252Strays(bytes);
        }
        return new String(bytes, detectLegacyCharset(bytes));
    }

    /** {number of valid multi-byte UTF-8 sequences, number of bytes that are not part of one}. */
    private static int[] utf8Counts(byte[] bytes) {
        int multiByte = 0;
        int invalid = 0;
        for (int i = 0; i < bytes.length; ) {
            if (bytes[i] >= 0) {
                i++;
                continue;
            }
            int length = utf8SequenceLength(bytes, i);
            if (length > 0) {
                multiByte++;
                i += length;
            } else {
                invalid++;
                i++;
            }
        }
        return new int[] {multiByte, invalid};
    }

    private static String decodeUtf8WithWindows1252Strays(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length);
        for (int i = 0; i < bytes.length; ) {
            int length = bytes[i] >= 0 ? 1 : utf8SequenceLength(bytes, i);
            if (length > 0) {
                out.append(new String(bytes, i, length, StandardCharsets.UTF_8));
                i += length;
            } else {
                out.append(new String(bytes, i, 1, WINDOWS_1252));
                i++;
            }
        }
        return out.toString();
    }

    /**
     * The length of the well-formed UTF-8 sequence of two to four bytes at {@code i}, or 0 when there is none
     * (the table of RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF).
     */
    private static int utf8SequenceLength(byte[] b, int i) {
        int lead = b[i] & 0xFF;
        int length;
        int secondMin = 0x80;
        int secondMax = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            secondMin = lead == 0xE0 ? 0xA0 : 0x80;
            secondMax = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            secondMin = lead == 0xF0 ? 0x90 : 0x80;
            secondMax = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return 0;
        }
        if (i + length > b.length) {
            return 0;
        }
        int second = b[i + 1] & 0xFF;
        if (second < secondMin || second > secondMax) {
            return 0;
        }
        for (int k = 2; k < length; k++) {
            int next = b[i + k] & 0xFF;
            if (next < 0x80 || next > 0xBF) {
                return 0;
            }
        }
        return length;
    }

    /** The charset of bytes that are not UTF-8: the detector's answer, or windows-1252 when it has none. */
    private static Charset detectLegacyCharset(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null || WESTERN.contains(name.toUpperCase(Locale.ROOT)) || name.equalsIgnoreCase("UTF-8")) {
            // The bytes are mostly not UTF-8 (see decodeWithoutBom), so a "UTF-8" guess is wrong; Western text is
            // by far the likeliest then.
            return WINDOWS_1252;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException unsupported) {
            return WINDOWS_1252;
        }
    }

    /**
     * The opening bytes of common document and archive formats whose start can pass for text (a PDF begins with
     * "%PDF-") and whose body might be mis-detected as some legacy encoding.
     */
    private static final int[][] BINARY_SIGNATURES = {
        {'%', 'P', 'D', 'F', '-'},
        {'P', 'K', 3, 4}, // zip, and so .docx, .odt, .epub
        {0x1F, 0x8B}, // gzip
        {0xD0, 0xCF, 0x11, 0xE0}, // old .doc and other OLE files
        {0x89, 'P', 'N', 'G'},
        {0xFF, 0xD8, 0xFF}, // JPEG
        {'G', 'I', 'F', '8'},
    };

    private static boolean hasBinarySignature(byte[] bytes) {
        for (int[] signature : BINARY_SIGNATURES) {
            if (startsWith(bytes, signature)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code bytes} begins with {@code prefix}, given as unsigned byte values. */
    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /** True when NULs, other control characters or undecodable bytes make up more than a few per cent. */
    private static boolean looksBinary(String text) {
        if (text.indexOf('\0') >= 0) {
            return true;
        }
        long junk = text.chars().filter(TextDecoder::isJunk).count();
        return junk > 0 && junk > MAX_CONTROL_SHARE * text.length();
    }

    private static boolean isJunk(int c) {
        if (c == '\n' || c == '\r' || c == '\t' || c == '\f') {
            return false;
        }
        return Character.isISOControl(c) || c == '\uFFFD';
    }

    /** A byte-order mark: it settles the encoding, and is not part of the text. */
    private record Bom(Charset charset, int length) {

        static Bom of(byte[] b) {
            // UTF-32 LE must be tested before UTF-16 LE: its mark starts with the UTF-16 LE one.
            if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
                return new Bom(Charset.forName("UTF-32BE"), 4);
            }
            if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
                return new Bom(Charset.forName("UTF-32LE"), 4);
            }
            if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
                return new Bom(StandardCharsets.UTF_8, 3);
            }
            if (startsWith(b, 0xFE, 0xFF)) {
                return new Bom(StandardCharsets.UTF_16BE, 2);
            }
            if (startsWith(b, 0xFF, 0xFE)) {
                return new Bom(StandardCharsets.UTF_16LE, 2);
            }
            return null;
        }
    }
}
