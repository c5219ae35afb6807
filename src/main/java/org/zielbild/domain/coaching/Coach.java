package org.zielbild.domain.coaching;

import java.util.Objects;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Texts;

/**
 * A coach who pitches and takes a group.
 *
 * @param style     a short description of their coaching style (may be empty)
 * @param photo     the reference of their photo among the session's attachments, "" for none
 * @param languages the languages they coach in, as typed ("Deutsch, English"); may be empty
 * @param capacity  how many participants they can take; 0 is allowed (a coach may end up unused)
 */
public record Coach(String id, String name, String style, String photo, String languages, int capacity) {

    public static final int MAX_NAME = 80;
    public static final int MAX_STYLE = 400;
    public static final int MAX_LANGUAGES = 80;
    public static final int MAX_CAPACITY = 999;
    /** The ballot screen gives every coach a key: 1–9, 0, then A–Z. */
    public static final int MAX_COACHES = 36;

    public Coach {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        style = style == null ? "" : style;
        photo = photo == null ? "" : photo;
        languages = languages == null ? "" : languages;
    }

    public static Coach of(String id, String name, int capacity) {
        return new Coach(id, name, "", "", "", capacity);
    }

    public boolean hasPhoto() {
        return !photo.isEmpty();
    }

    public Coach withStyle(String newStyle) {
        return new Coach(id, name, newStyle, photo, languages, capacity);
    }

    public Coach withPhoto(String newPhoto) {
        return new Coach(id, name, style, newPhoto, languages, capacity);
    }

    public Coach withLanguages(String newLanguages) {
        return new Coach(id, name, style, photo, newLanguages, capacity);
    }

    public Coach withName(String newName) {
        return new Coach(id, newName, style, photo, languages, capacity);
    }

    public Coach withCapacity(int newCapacity) {
        return new Coach(id, name, style, photo, languages, newCapacity);
    }

    /** The coach as stored: texts cleaned, lengths and capacity checked. */
    Coach validated() {
        String cleanName = Texts.singleLine(name);
        if (cleanName.isEmpty()) {
            throw DomainException.of("error.coaching.nameEmpty");
        }
        checkLength(cleanName, MAX_NAME);
        String cleanStyle = Texts.multiLine(style);
        checkLength(cleanStyle, MAX_STYLE);
        String cleanLanguages = Texts.singleLine(languages);
        checkLength(cleanLanguages, MAX_LANGUAGES);
        if (capacity < 0 || capacity > MAX_CAPACITY) {
            throw DomainException.of("error.coaching.capacity", cleanName, 0, MAX_CAPACITY);
        }
        return new Coach(id, cleanName, cleanStyle, photo.strip(), cleanLanguages, capacity);
    }

    private static void checkLength(String text, int max) {
        if (Texts.length(text) > max) {
            throw DomainException.of("error.textTooLong", max, Texts.length(text));
        }
    }
}
