package org.zielbild.session;

import java.time.Instant;

/**
 * A complete copy of a session written outside its folder because the folder could not be written
 * (a full or read-only disk, a folder another instance took over). It is an export file: importing
 * it from the start screen makes it a session again.
 *
 * @param file    where it is, shown to the user exactly
 * @param savedAt when it was written
 */
public record RescueCopy(String file, Instant savedAt) {
}
