package org.zielbild.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates shown unambiguously, read in ISO, English and German forms in both languages, anything else refused. */
class DateTextsTest {

    private static final LocalDate SIXTH = LocalDate.of(2026, 12, 6);

    @Test
    void englishShowsTheMonthsNameAndGermanTheDottedForm() {
        assertThat(DateTexts.format(SIXTH, Language.EN)).isEqualTo("6 Dec 2026");
        assertThat(DateTexts.format(SIXTH, Language.DE)).isEqualTo("06.12.2026");
        assertThat(DateTexts.format(null, Language.EN)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-06", "2026-12-6", "6.12.2026", "06.12.2026", "6. 12. 2026", "6 Dec 2026", "6 dec 2026",
        "06 December 2026", "Dec 6, 2026", " 6 Dec  2026 "})
    void everyAcceptedFormReadsInBothLanguages(String typed) {
        for (Language l : Language.values()) {
            assertThat(DateTexts.parse(typed, l)).as(typed + " " + l).isEqualTo(new DateTexts.Valid(SIXTH));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"morgen", "tomorrow", "12/6/2026", "6/12/2026", "31.02.2026", "2026-13-01", "6.12.26", "6 Dez 2026",
        "2026-12-06x", "=1+1"})
    void anythingElseIsRefusedWithTheFormsNeverAnException(String typed) {
        for (Language l : Language.values()) {
            DateTexts.Parsed p = DateTexts.parse(typed, l);
            assertThat(p).as(typed + " " + l).isInstanceOf(DateTexts.Invalid.class);
            Message m = ((DateTexts.Invalid) p).message();
            assertThat(m.key()).isEqualTo("error.date.invalid");
            assertThat(m.args()).containsExactly(typed.strip(), DateTexts.example(l));
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void whatIsShownReadsBackToTheSameDay(Language l) {
        Random r = new Random(2026);
        for (int i = 0; i < 2000; i++) {
            LocalDate d = LocalDate.of(1990, 1, 1).plusDays(r.nextInt(40_000));
            assertThat(DateTexts.parse(DateTexts.format(d, l), l)).isEqualTo(new DateTexts.Valid(d));
            assertThat(DateTexts.parse(d.toString(), l)).isEqualTo(new DateTexts.Valid(d));
        }
        assertThat(DateTexts.parse("  ", l)).isInstanceOf(DateTexts.Empty.class);
    }
}
