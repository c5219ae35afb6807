package org.zielbild.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.zielbild.domain.Session;

/**
 * A session as one file to mail or archive: the session itself, without the undo history (which
 * would carry deleted data along) and without anything machine-specific.
 *
 * @param attachments the files the session refers to (pictures), Base64 by reference; left out of the
 *                    file when there are none, so such exports stay as they were before (0111)
 */
record SessionExport(String format, int schemaVersion, Instant exportedAt, Session session,
                     @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> attachments) {

    static final String FORMAT = "zielbild-session";

    SessionExport {
        Objects.requireNonNull(session, "session");
        attachments = attachments == null ? Map.of() : attachments;
    }
}
