package org.zielbild.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.zielbild.domain.Message;
import org.zielbild.session.SessionUnavailableException;

/** The files of one session folder. Only the store reads or writes them. */
record SessionFiles(Path folder) {

    static final String SNAPSHOT = "session.json";
    static final String JOURNAL = "journal.jsonl";
    static final String BACKUPS = "backups";
    static final String LOCK = ".lock";
    static final String LOCK_INFO = "lock-info.json";
    static final String TEMP_SUFFIX = ".tmp";

    /** The files of an existing session folder; refused when it is missing or holds no session. */
    static SessionFiles existing(Path folder) throws SessionUnavailableException {
        SessionFiles files = new SessionFiles(folder.toAbsolutePath().normalize());
        if (!Files.isDirectory(files.folder())) {
            throw new SessionUnavailableException(Message.of("error.session.notFound", files.folder().toString()));
        }
        if (!files.looksLikeSession()) {
            throw new SessionUnavailableException(Message.of("store.open.notSession", files.folder().toString()));
        }
        return files;
    }

    Path snapshot() {
        return folder.resolve(SNAPSHOT);
    }

    Path journal() {
        return folder.resolve(JOURNAL);
    }

    Path backups() {
        return folder.resolve(BACKUPS);
    }

    Path lock() {
        return folder.resolve(LOCK);
    }

    Path lockInfo() {
        return folder.resolve(LOCK_INFO);
    }

    /** A fresh temporary name next to {@code target}, so an interrupted write never touches the target. */
    Path tempFor(Path target) {
        return target.resolveSibling(target.getFileName() + "." + Long.toHexString(System.nanoTime()) + TEMP_SUFFIX);
    }

    /** Whether the folder looks like a session folder (and not some other folder the user picked). */
    boolean looksLikeSession() {
        return Files.exists(snapshot()) || Files.exists(journal()) || Files.isDirectory(backups());
    }

    /** Leftovers of writes interrupted by a crash; safe to delete while we hold the lock. */
    void deleteTempFiles() {
        try (var files = Files.list(folder)) {
            files.filter(p -> p.getFileName().toString().endsWith(TEMP_SUFFIX)).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a leftover temp file harms nothing; it is tried again next time
                }
            });
        } catch (IOException e) {
            // same
        }
    }
}
