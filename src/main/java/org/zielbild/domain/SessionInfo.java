package org.zielbild.domain;

import java.time.LocalDate;
import java.util.Objects;

/** What a session is about: shown on the start screen, the window title and the minutes. */
public record SessionInfo(String title, LocalDate date, String place, String facilitator, Language language) {

    public static final int MAX_TITLE = 120;
    public static final int MAX_FIELD = 120;

    public SessionInfo {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        place = place == null ? "" : place;
        facilitator = facilitator == null ? "" : facilitator;
    }

    /** Cleans the texts and refuses an empty or overlong title. */
    public SessionInfo validated() {
        String t = Texts.singleLine(title);
        if (t.isEmpty()) {
            throw DomainException.of("error.session.titleEmpty");
        }
        if (Texts.length(t) > MAX_TITLE) {
            throw DomainException.of("error.textTooLong", MAX_TITLE, Texts.length(t));
        }
        String p = Texts.singleLine(place);
        String f = Texts.singleLine(facilitator);
        if (Texts.length(p) > MAX_FIELD || Texts.length(f) > MAX_FIELD) {
            throw DomainException.of("error.textTooLong", MAX_FIELD, Math.max(Texts.length(p), Texts.length(f)));
        }
        return new SessionInfo(t, date, p, f, language);
    }
}
