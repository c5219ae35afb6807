package org.zielbild.store;

import java.time.Instant;
import java.util.Objects;
import org.zielbild.domain.Session;
import org.zielbild.session.History;
import org.zielbild.session.SessionState;

/**
 * What {@code session.json} holds: the session and its undo/redo history as of entry {@code seq}.
 * Component order is the order in the file; {@code schemaVersion} comes first so it can be read
 * before anything else.
 */
record Snapshot(int schemaVersion, long seq, Instant savedAt, Session session, History history) {

    Snapshot {
        Objects.requireNonNull(session, "session");
        history = history == null ? History.empty() : history;
    }

    static Snapshot of(SessionState state, Instant savedAt, int schemaVersion) {
        return new Snapshot(schemaVersion, state.seq(), savedAt, state.session(), state.history());
    }

    SessionState state() {
        return new SessionState(session, history, seq);
    }
}
