package org.zielbild.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.zielbild.domain.Message;
import org.zielbild.session.OpenSession;
import org.zielbild.session.SessionAttachments;
import org.zielbild.session.RescueCopy;
import org.zielbild.session.RescuePlace;
import org.zielbild.session.SessionService;
import org.zielbild.session.SessionState;
import org.zielbild.session.SessionUnavailableException;

/**
 * A session open from a folder: its service, its journal and the folder lock, released on close;
 * rescue copies when the folder cannot be written (0084).
 */
final class StoredSession implements OpenSession {

    private final SessionService service;
    private final SessionLock lock;
    private final List<Message> notes;
    private final Path folder;
    private final FileJournal journal;
    private final SessionExports exports;
    private final AtomicReference<Path> chosenRescueFolder;
    private final List<RescueCopy> newerCopies;
    private final SessionAttachments attachments;
    private boolean closed;

    /**
     * @param chosenRescueFolder where the user wants rescue copies (shared with the journal's own
     *                           rescue on closing); null inside until the user chooses
     */
    StoredSession(SessionService service, SessionLock lock, List<Message> notes, Path folder, FileJournal journal,
                  SessionExports exports, AtomicReference<Path> chosenRescueFolder, List<RescueCopy> newerCopies,
                  SessionAttachments attachments) {
        this.service = service;
        this.lock = lock;
        this.notes = List.copyOf(notes);
        this.folder = folder;
        this.journal = journal;
        this.exports = exports;
        this.chosenRescueFolder = chosenRescueFolder;
        this.newerCopies = List.copyOf(newerCopies);
        this.attachments = attachments;
    }

    @Override
    public SessionService service() {
        return service;
    }

    @Override
    public List<Message> notes() {
        return notes;
    }

    @Override
    public String location() {
        return folder.toString();
    }

    @Override
    public Optional<RescuePlace> rescuePlace() {
        return Optional.of(exports.rescuePlace(folder, chosenRescueFolder.get()));
    }

    @Override
    public void chooseRescueFolder(Path chosen) {
        chosenRescueFolder.set(chosen == null ? null : chosen.toAbsolutePath().normalize());
    }

    @Override
    public RescueCopy saveRescueCopy() throws SessionUnavailableException {
        SessionState state = service.state();
        RescueCopy copy = exports.rescue(state, folder, chosenRescueFolder.get());
        journal.markRescued(state);
        return copy;
    }

    @Override
    public List<RescueCopy> newerCopies() {
        return newerCopies;
    }

    @Override
    public SessionAttachments attachments() {
        return attachments;
    }

    /** Flushes the journal, writes a final snapshot and releases the lock. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            service.close();
        } finally {
            lock.close();
        }
    }
}
