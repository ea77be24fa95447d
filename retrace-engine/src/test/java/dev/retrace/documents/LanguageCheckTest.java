package dev.retrace.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageCheckTest {

    @Test
    void englishNewsIsEnglish() {
        assertThat(LanguageCheck.looksEnglish("The government said on Friday that it would increase its aid to "
                + "Ukraine next year. According to the defence ministry, additional air defence systems will be "
                + "delivered, but the opposition said the decision had come too late.")).isTrue();
    }

    @Test
    void germanIsNot() {
        assertThat(LanguageCheck.looksEnglish("Die Bundesregierung hat am Freitag angek\u00FCndigt, dass sie die "
                + "Hilfen f\u00FCr die Ukraine im kommenden Jahr deutlich erh\u00F6hen will. Nach Angaben des "
                + "Verteidigungsministeriums sollen zus\u00E4tzliche Luftabwehrsysteme geliefert werden.")).isFalse();
    }

    @Test
    void frenchIsNot() {
        assertThat(LanguageCheck.looksEnglish("Le gouvernement a annonc\u00E9 vendredi qu'il allait augmenter son "
                + "aide \u00E0 l'Ukraine l'ann\u00E9e prochaine. Selon le minist\u00E8re de la D\u00E9fense, des "
                + "syst\u00E8mes de d\u00E9fense a\u00E9rienne suppl\u00E9mentaires seront livr\u00E9s.")).isFalse();
    }

    @Test
    void otherScriptsAreNot() {
        assertThat(LanguageCheck.looksEnglish("\u0420\u043E\u0441\u0441\u0438\u044F \u043E\u0431\u0432\u0438\u043D"
                + "\u0438\u043B\u0430 \u041D\u0410\u0422\u041E \u0432 \u043F\u043B\u0430\u043D\u0430\u0445")).isFalse();
        assertThat(LanguageCheck.looksEnglish("\u4FC4\u7F57\u65AF\u6307\u8D23\u5317\u7EA6\u8BA1\u5212")).isFalse();
    }

    @Test
    void tooShortToTellCountsAsEnglish() {
        assertThat(LanguageCheck.looksEnglish("Breaking news")).isTrue();
        assertThat(LanguageCheck.looksEnglish("")).isTrue();
    }
}
