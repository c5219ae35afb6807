package org.zielbild.session;

import java.time.Instant;
import java.time.LocalDate;
import org.zielbild.domain.Message;

/**
 * A session as the start screen lists it.
 *
 * @param location where the session lives (a folder for the workspace store), shown to the user
 * @param problem  why the session cannot be listed properly (a damaged or unreadable file, a folder
 *                 that does not answer), naming the file; null when all is well. Opening it says more.
 */
public record SessionSummary(String id, String title, LocalDate date, Instant lastChange, String location,
                             Message problem) {

    public SessionSummary(String id, String title, LocalDate date, Instant lastChange, String location) {
        this(id, title, date, lastChange, location, null);
    }

    public boolean damaged() {
        return problem != null;
    }
}
