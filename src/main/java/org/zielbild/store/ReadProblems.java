package org.zielbild.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.zielbild.domain.Message;

/** Why a session file could not be read, as the end of "session.json: it …" for the user. */
final class ReadProblems {

    private ReadProblems() {
    }

    static Message of(IOException e) {
        if (e instanceof NoSuchFileException) {
            return Message.of("store.damage.missing");
        }
        if (e instanceof UnsuitableFile u) {
            return u.reason();
        }
        if (e instanceof AccessDeniedException) {
            return Message.of("store.damage.noPermission");
        }
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        return Message.of("store.damage.unreadable", reason == null ? "?" : reason);
    }
}
