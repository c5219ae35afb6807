package org.zielbild.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people read and type them, one way everywhere (due dates, the session date, the minutes).
 * Shown unambiguously in the language: English {@code 6 Dec 2026} (never {@code 12/6/2026}), German
 * {@code 06.12.2026}. Read, in either language: ISO ({@code 2026-12-06}), the English form (with the
 * month's short or full name), and the German form ({@code 6.12.2026}, {@code 06.12.2026}). Anything
 * else is refused with a message that shows the forms, never an exception: a typed date is never
 * guessed (no {@code 12/6/2026}, no "tomorrow").
 */
public final class DateTexts {

    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.uuuu", Locale.GERMAN);
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.\\s*(\\d{1,2})\\.\\s*(\\d{4})");
    private static final List<DateTimeFormatter> NAMED = List.of(form("d MMM uuuu"), form("d MMMM uuuu"),
            form("d MMM. uuuu"), form("MMM d uuuu"), form("MMMM d uuuu"));

    private DateTexts() {
    }

    /** What a typed date turned out to be: nothing, a date, or text that is not one. */
    public sealed interface Parsed {
    }

    /** The field is empty: no date. */
    public record Empty() implements Parsed {
    }

    public record Valid(LocalDate date) implements Parsed {
    }

    /** Not a date; {@link #message()} says what was typed and which forms work. */
    public record Invalid(String text, Message message) implements Parsed {
    }

    /** The date as the language shows it: {@code 6 Dec 2026} or {@code 06.12.2026}; "" for null. */
    public static String format(LocalDate date, Language language) {
        if (date == null) {
            return "";
        }
        return (language == Language.DE ? GERMAN : ENGLISH).format(date);
    }

    /** The forms a person may type, for prompts and messages, e.g. "6 Dec 2026, 06.12.2026 or 2026-12-06". */
    public static String example(Language language) {
        LocalDate d = LocalDate.of(2026, 12, 6);
        return language == Language.DE ? GERMAN.format(d) + " · " + d : ENGLISH.format(d) + " · " + GERMAN.format(d) + " · " + d;
    }

    /** Reads a typed date (see the class comment); never throws. */
    public static Parsed parse(String raw, Language language) {
        String text = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            return new Empty();
        }
        Optional<LocalDate> date = numeric(ISO, text, 1, 2, 3).or(() -> numeric(DOTTED, text, 3, 2, 1)).or(() -> byName(text));
        return date.<Parsed>map(Valid::new).orElseGet(() -> new Invalid(text,
                Message.of("error.date.invalid", text, example(language))));
    }

    private static Optional<LocalDate> numeric(Pattern p, String text, int year, int month, int day) {
        Matcher m = p.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(year)), Integer.parseInt(m.group(month)),
                    Integer.parseInt(m.group(day))));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty(); // 31.02.2026: no such day
        }
    }

    private static Optional<LocalDate> byName(String text) {
        String t = text.replace(",", "");
        for (DateTimeFormatter f : NAMED) {
            try {
                return Optional.of(LocalDate.parse(t, f));
            } catch (DateTimeException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    private static DateTimeFormatter form(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT);
    }
}
