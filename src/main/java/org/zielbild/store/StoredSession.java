package org.zielbild.store;

import java.util.List;
import org.zielbild.domain.Message;
import org.zielbild.session.OpenSession;
import org.zielbild.session.SessionAttachments;
import org.zielbild.session.SessionService;

/** A session open from a folder: its service, its journal and the folder lock, released on close. */
final class StoredSession implements OpenSession {

    private final SessionService service;
    private final SessionLock lock;
    private final List<Message> notes;
    private final String location;
    private final SessionAttachments attachments;
    private boolean closed;

    StoredSession(SessionService service, SessionLock lock, List<Message> notes, String location,
                  SessionAttachments attachments) {
        this.service = service;
        this.lock = lock;
        this.notes = List.copyOf(notes);
        this.location = location;
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
        return location;
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
