package org.zielbild.export.sections;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.zielbild.domain.Language;
import org.zielbild.domain.mood.Emotion;

/**
 * The minutes' words in the session's language ({@code i18n/minutes*.properties}; the emotion words
 * come from the mood bundle, so the minutes name them as the wall did), with dates, times and
 * numbers in that language's form.
 */
public final class MinutesTexts {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ZoneId zone;
    private final List<ResourceBundle> bundles;

    public MinutesTexts(Language language, ZoneId zone) {
        this.locale = language.locale();
        this.zone = zone;
        this.bundles = List.of(ResourceBundle.getBundle("i18n.minutes", locale, NO_FALLBACK),
                ResourceBundle.getBundle("i18n.mood", locale, NO_FALLBACK));
    }

    public Locale locale() {
        return locale;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The text for {@code key} with its arguments; a key that is missing is a bug and fails loudly. */
    public String t(String key, Object... args) {
        for (ResourceBundle b : bundles) {
            if (b.containsKey(key)) {
                return new MessageFormat(b.getString(key), locale).format(args);
            }
        }
        throw new IllegalStateException("missing minutes text '" + key + "' for " + locale);
    }

    public String emotion(Emotion e) {
        return t(e.nameKey());
    }

    /** "23 November 2026" / "23. November 2026". */
    public String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    /** "09:05", in the zone the day was held in. */
    public String time(Instant at) {
        return DateTimeFormatter.ofPattern("HH:mm", locale).withZone(zone).format(at);
    }

    /** "23 Nov 2026, 17:05". */
    public String dateTime(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(zone).format(at);
    }

    /** A mean or a share with one decimal: "3.4" / "3,4". */
    public String decimal(double value) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(value);
    }
}
