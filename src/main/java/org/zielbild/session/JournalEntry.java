package org.zielbild.session;

import java.time.Instant;
import java.util.Objects;
import org.zielbild.domain.Change;

/**
 * One line of the journal: the change that was applied to the session, in order.
 *
 * @param seq    1, 2, 3, ... across the life of the session (snapshots remember the last one)
 * @param op     whether the change was done, undone or redone (rebuilds the undo stacks on replay)
 * @param change the change actually applied: for {@link Op#UNDO} the inverse of the undone step
 * @param at     when it happened (wall clock, for the minutes and the history)
 */
public record JournalEntry(long seq, Op op, Change change, Instant at) {

    public enum Op { DO, UNDO, REDO }

    public JournalEntry {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(at, "at");
    }
}
