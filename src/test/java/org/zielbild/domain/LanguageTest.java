package org.zielbild.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.WeekFields;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void aGermanWeekStartsOnMonday() {
        // The date picker's calendar follows the format locale the shell sets from the language.
        assertThat(WeekFields.of(Language.DE.locale()).getFirstDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    }

    @Test
    void germanNumbersAndDatesReadAsBefore() {
        Locale de = Language.DE.locale();
        assertThat(NumberFormat.getInstance(de).format(1234.5)).isEqualTo("1.234,5");
        assertThat(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(de).format(LocalDate.of(2026, 12, 6)))
                .isEqualTo("06.12.2026");
    }

    @Test
    void theLanguageOfALocaleGoesByItsLanguageAlone() {
        assertThat(Language.of(Locale.GERMAN)).isEqualTo(Language.DE);
        assertThat(Language.of(Locale.forLanguageTag("de-AT"))).isEqualTo(Language.DE);
        assertThat(Language.of(Locale.FRENCH)).isEqualTo(Language.EN);
        assertThat(Language.of(null)).isEqualTo(Language.EN);
        assertThat(Language.of(Language.DE.locale())).isEqualTo(Language.DE);
    }
}
