package org.zielbild.export.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The minutes of a day as plain texts and numbers, in the order of the day: what every renderer
 * prints and all it can print. It holds no session, no ids and no domain object, so a renderer
 * cannot show a name the sections did not put here (docs/decisions/0140).
 *
 * @param locale the session's language: the document's texts, dates and numbers
 * @param title  the session's title
 * @param facts  date, place, facilitator, ... (only those given)
 * @param parts  the sections with data, in the order of the day
 * @param footer one line at the end (when and with what the minutes were made)
 */
public record Minutes(Locale locale, String title, List<Fact> facts, List<MinutesPart> parts, String footer) {

    public Minutes {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(title, "title");
        facts = List.copyOf(facts);
        parts = List.copyOf(parts);
        footer = footer == null ? "" : footer;
    }
}
