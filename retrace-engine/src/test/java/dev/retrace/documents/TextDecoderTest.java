package dev.retrace.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static final String SAMPLE = "\u201CWe are ready,\u201D the minister said at the caf\u00E9 \u2014 na\u00EFve or not.";

    @Test
    void decodesUtf8() {
        assertThat(TextDecoder.decode(SAMPLE.getBytes(StandardCharsets.UTF_8), "a.txt")).isEqualTo(SAMPLE);
    }

    @Test
    void dropsUtf8ByteOrderMark() {
        byte[] body = SAMPLE.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertThat(TextDecoder.decode(withBom, "a.txt")).isEqualTo(SAMPLE);
    }

    @Test
    void decodesUtf16WithByteOrderMark() {
        byte[] bytes = ("\uFEFF" + SAMPLE).getBytes(StandardCharsets.UTF_16LE);
        assertThat(TextDecoder.decode(bytes, "a.txt")).isEqualTo(SAMPLE);
    }

    @Test
    void decodesWindows1252SmartQuotes() {
        byte[] bytes = SAMPLE.getBytes(Charset.forName("windows-1252"));
        assertThat(bytes).contains((byte) 0x93, (byte) 0x94, (byte) 0xE9);
        assertThat(TextDecoder.decode(bytes, "a.txt")).isEqualTo(SAMPLE);
    }

    @Test
    void decodesLatin1() {
        String text = "Le ministre a d\u00E9clar\u00E9 qu'il \u00E9tait pr\u00EAt \u00E0 n\u00E9gocier d\u00E8s demain. Stra\u00DFe, gr\u00FCn.";
        assertThat(TextDecoder.decode(text.getBytes(StandardCharsets.ISO_8859_1), "a.txt")).isEqualTo(text);
    }

    @Test
    void mostlyUtf8WithAStrayWindows1252ByteKeepsBoth() {
        byte[] utf8 = "Caf\u00E9 na\u00EFve r\u00E9sum\u00E9 ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[utf8.length + 3];
        System.arraycopy(utf8, 0, bytes, 0, utf8.length);
        bytes[utf8.length] = 'i';
        bytes[utf8.length + 1] = (byte) 0x92; // windows-1252 right single quote
        bytes[utf8.length + 2] = 's';
        assertThat(TextDecoder.decode(bytes, "a.txt")).isEqualTo("Caf\u00E9 na\u00EFve r\u00E9sum\u00E9 i\u2019s");
    }

    @Test
    void decodesOtherLegacyEncodingsThroughTheDetector() {
        String russian = "\u0420\u043E\u0441\u0441\u0438\u044F \u043E\u0431\u0432\u0438\u043D\u0438\u043B\u0430 "
                + "\u041D\u0410\u0422\u041E \u0432 \u043F\u043B\u0430\u043D\u0430\u0445 \u0440\u0430\u0437\u043C"
                + "\u0435\u0441\u0442\u0438\u0442\u044C \u043D\u0430 \u0423\u043A\u0440\u0430\u0438\u043D\u0435 "
                + "\u0441\u0442\u043E \u0442\u044B\u0441\u044F\u0447 \u043C\u0438\u0440\u043E\u0442\u0432\u043E"
                + "\u0440\u0446\u0435\u0432.";
        assertThat(TextDecoder.decode(russian.getBytes(Charset.forName("windows-1251")), "ru.txt")).isEqualTo(russian);
    }

    @Test
    void rejectsBinaryWithNulBytes() {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        bytes[10] = 0;
        assertThatThrownBy(() -> TextDecoder.decode(bytes, "photo.txt"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("photo.txt: looks like binary data, not text");
    }

    @Test
    void rejectsControlCharacterJunkWithoutNulBytes() {
        byte[] bytes = new byte[400];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 3 == 0 ? 0x01 + (i % 20) : 'a');
        }
        assertThatThrownBy(() -> TextDecoder.decode(bytes, "junk.txt"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("binary");
    }

    @Test
    void rejectsDocumentFormatsWhoseStartLooksLikeText() {
        byte[] pdf = "%PDF-1.4\n%\u00E2\u00E3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> TextDecoder.decode(pdf, "article.pdf"))
                .hasMessage("article.pdf: looks like binary data, not text");
    }

    @Test
    void emptyBytesAreEmptyText() {
        assertThat(TextDecoder.decode(new byte[0], "a.txt")).isEmpty();
    }
}
