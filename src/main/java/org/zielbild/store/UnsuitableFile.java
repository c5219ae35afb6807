package org.zielbild.store;

import java.io.IOException;
import java.nio.file.Path;
import org.zielbild.domain.Message;

/** A file the store will not read or write: not an ordinary file, or far too large. {@link #reason()} says why, for the user. */
final class UnsuitableFile extends IOException {

    private final transient Message reason;

    UnsuitableFile(Path file, Message reason) {
        super(file + ": " + reason.key() + " " + reason.args());
        this.reason = reason;
    }

    /** Completes "session.json: it …". */
    Message reason() {
        return reason;
    }
}
