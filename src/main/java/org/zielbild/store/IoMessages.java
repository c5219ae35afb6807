package org.zielbild.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.zielbild.domain.Message;

/** Why writing failed, in words a facilitator can act on (the technical text goes to the log). */
final class IoMessages {

    private IoMessages() {
    }

    static Message of(Throwable e, Path folder) {
        String where = folder.toString();
        if (e instanceof LockLost lost) {
            return Message.of(lost.forGood() ? "store.io.lockLost" : "store.io.lockGone", where);
        }
        if (e instanceof UnsuitableFile u && e.getMessage() != null) {
            return Message.of("store.io.unsuitable", where, u.reason());
        }
        String text = reasonText(e);
        if (text.contains("no space") || text.contains("disk full") || text.contains("not enough space")
                || text.contains("quota")) {
            return Message.of("store.io.diskFull", where);
        }
        if (text.contains("read-only") || text.contains("read only")) {
            return Message.of("store.io.readOnly", where);
        }
        if (e instanceof AccessDeniedException || text.contains("permission denied") || text.contains("access is denied")) {
            return Message.of("store.io.denied", where);
        }
        if (e instanceof NoSuchFileException) {
            return Message.of("store.io.folderGone", where);
        }
        return Message.of("store.io.other", where, String.valueOf(e.getMessage()));
    }

    /** Why a place outside the session (a rescue folder) cannot be written, as the end of a sentence. */
    static Message ofPlace(Throwable e, Path place) {
        String where = place.toString();
        String text = reasonText(e);
        if (text.contains("no space") || text.contains("disk full") || text.contains("not enough space")
                || text.contains("quota")) {
            return Message.of("store.io.place.diskFull", where);
        }
        if (text.contains("read-only") || text.contains("read only")) {
            return Message.of("store.io.place.readOnly", where);
        }
        if (e instanceof AccessDeniedException || text.contains("permission denied") || text.contains("access is denied")) {
            return Message.of("store.io.place.denied", where);
        }
        if (e instanceof NoSuchFileException) {
            return Message.of("store.io.place.gone", where);
        }
        return Message.of("store.io.place.other", where, String.valueOf(e.getMessage()));
    }

    private static String reasonText(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FileSystemException f && f.getReason() != null) {
                all.append(f.getReason()).append(' ');
            }
            if (t.getMessage() != null) {
                all.append(t.getMessage()).append(' ');
            }
            if (t instanceof IOException && t.getCause() == t) {
                break;
            }
        }
        return all.toString().toLowerCase(Locale.ROOT);
    }
}
