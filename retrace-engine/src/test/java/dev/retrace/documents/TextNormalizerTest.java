package dev.retrace.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void curlyQuotesAndGuillemetsBecomeAscii() {
        assertThat(TextNormalizer.normalize("\u201CIt\u2019s \u2018fine\u2019,\u201D he said. \u201EJa\u201C \u00ABoui\u00BB \u201Bx\u201A"))
                .isEqualTo("\"It's 'fine',\" he said. \"Ja\" \"oui\" 'x'");
    }

    @Test
    void dashesBecomeHyphensAndAnEmDashKeepsWordsApart() {
        assertThat(TextNormalizer.normalize("morning\u2014breaking news")).isEqualTo("morning - breaking news");
        assertThat(TextNormalizer.normalize("morning \u2014 breaking")).isEqualTo("morning - breaking");
        assertThat(TextNormalizer.normalize("2010\u20132015, \u22125 \u00B0C, 555\u20121234")).isEqualTo("2010-2015, -5 \u00B0C, 555-1234");
    }

    @Test
    void composesToNfc() {
        String decomposed = "Cafe\u0301 and re\u0301sume\u0301";
        assertThat(TextNormalizer.normalize(decomposed)).isEqualTo("Caf\u00E9 and r\u00E9sum\u00E9");
    }

    @Test
    void stripsZeroWidthAndControlCharacters() {
        assertThat(TextNormalizer.normalize("zero\u200Bwidth\u200D join\uFEFF soft\u00ADhyphen\u0007 bell"))
                .isEqualTo("zerowidth join softhyphen bell");
    }

    @Test
    void oddSpacesCollapseAndLinesAreTrimmed() {
        assertThat(TextNormalizer.normalize("  a\u00A0\u00A0b\u2009c   d  \r\n\te\tf \rg\u2028h  "))
                .isEqualTo("a b c d\ne\tf\ng\nh");
    }

    @Test
    void nullIsEmpty() {
        assertThat(TextNormalizer.normalize(null)).isEmpty();
    }
}
