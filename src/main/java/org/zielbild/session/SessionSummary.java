package org.zielbild.session;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A session as the start screen lists it.
 *
 * @param location where the session lives (a folder for the workspace store), shown to the user
 */
public record SessionSummary(String id, String title, LocalDate date, Instant lastChange, String location) {
}
