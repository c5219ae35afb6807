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
        return kindOf(e).message("store.io.", e, where);
    }

    /** Why a place outside the session (a rescue folder) cannot be written, as the end of a sentence. */
    static Message ofPlace(Throwable e, Path place) {
        return kindOf(e).message("store.io.place.", e, place.toString());
    }

    /** What kind of failure, and the key it has under each prefix. */
    private enum Kind {
        DISK_FULL("diskFull", "diskFull"), READ_ONLY("readOnly", "readOnly"), DENIED("denied", "denied"),
        GONE("folderGone", "gone"), OTHER("other", "other");

        private final String sessionKey;
        private final String placeKey;

        Kind(String sessionKey, String placeKey) {
            this.sessionKey = sessionKey;
            this.placeKey = placeKey;
        }

        Message message(String prefix, Throwable e, String where) {
            String key = prefix + (prefix.endsWith("place.") ? placeKey : sessionKey);
            return this == OTHER ? Message.of(key, where, osReason(e)) : Message.of(key, where);
        }
    }

    private static Kind kindOf(Throwable e) {
        String text = reasonText(e);
        if (text.contains("no space") || text.contains("disk full") || text.contains("not enough space")
                || text.contains("quota")) {
            return Kind.DISK_FULL;
        }
        if (text.contains("read-only") || text.contains("read only")) {
            return Kind.READ_ONLY;
        }
        if (e instanceof AccessDeniedException || text.contains("permission denied") || text.contains("access is denied")) {
            return Kind.DENIED;
        }
        return e instanceof NoSuchFileException ? Kind.GONE : Kind.OTHER;
    }

    /** The operating system's own words (without the path, which the message names anyway). */
    private static String osReason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof FileSystemException f && f.getReason() != null) {
                return f.getReason();
            }
        }
        return String.valueOf(e.getMessage());
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
