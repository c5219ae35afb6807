package org.zielbild.session;

import java.util.Objects;
import org.zielbild.domain.Change;
import org.zielbild.domain.Session;

/**
 * The session together with its undo history and the sequence number of the last applied entry.
 * {@link #next(JournalEntry)} is the one place a journal entry takes effect, both live and on replay.
 */
public record SessionState(Session session, History history, long seq) {

    public SessionState {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(history, "history");
    }

    public static SessionState fresh(Session session) {
        return new SessionState(session, History.empty(), 0);
    }

    /**
     * Applies an entry.
     *
     * @throws org.zielbild.domain.DomainException when the change does not fit (the state is unchanged)
     * @throws IllegalStateException when the entry's sequence number or undo/redo does not fit the history
     */
    public SessionState next(JournalEntry entry) {
        if (entry.seq() != seq + 1) {
            throw new IllegalStateException("journal entry " + entry.seq() + " does not follow " + seq);
        }
        Change change = entry.change();
        Session after = change.apply(session);
        History h = switch (entry.op()) {
            case DO -> change.undoable() ? history.done(new HistoryStep(change, change.inverse(session))) : history;
            case UNDO -> {
                requireTop(history.nextUndo().map(HistoryStep::inverse).orElse(null), change, "undo");
                yield history.undone();
            }
            case REDO -> {
                requireTop(history.nextRedo().map(HistoryStep::change).orElse(null), change, "redo");
                yield history.redone();
            }
        };
        return new SessionState(after, h, entry.seq());
    }

    private static void requireTop(Change expected, Change actual, String what) {
        if (!actual.equals(expected)) {
            throw new IllegalStateException(what + " entry does not match the history: " + actual);
        }
    }
}
