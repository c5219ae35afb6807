package org.zielbild.store;

import java.time.Instant;
import java.util.Objects;
import org.zielbild.domain.Session;

/**
 * A session as one file to mail or archive: the session itself, without the undo history (which
 * would carry deleted data along) and without anything machine-specific.
 */
record SessionExport(String format, int schemaVersion, Instant exportedAt, Session session) {

    static final String FORMAT = "zielbild-session";

    SessionExport {
        Objects.requireNonNull(session, "session");
    }
}
