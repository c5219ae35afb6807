package org.zielbild.session;

import java.util.List;
import java.util.Objects;
import org.zielbild.domain.Message;

/**
 * What an import added: the new session, and why attachments in the file were left out (a damaged
 * or changed picture); the session itself is imported whole either way (0111).
 *
 * @param leftOut one message per attachment that was not restored; empty when all were
 */
public record ImportReport(SessionSummary summary, List<Message> leftOut) {

    public ImportReport {
        Objects.requireNonNull(summary, "summary");
        leftOut = List.copyOf(leftOut);
    }
}
