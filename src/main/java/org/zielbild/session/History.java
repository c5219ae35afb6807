package org.zielbild.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The undo and redo stacks as an immutable value (last element = top), so the store can write
 * them into a snapshot and undo survives a restart.
 */
public record History(List<HistoryStep> undo, List<HistoryStep> redo) {

    /** How many undo steps are kept; older ones fall off. */
    public static final int LIMIT = 200;

    public History {
        undo = List.copyOf(undo);
        redo = List.copyOf(redo);
    }

    public static History empty() {
        return new History(List.of(), List.of());
    }

    public Optional<HistoryStep> nextUndo() {
        return undo.isEmpty() ? Optional.empty() : Optional.of(undo.get(undo.size() - 1));
    }

    public Optional<HistoryStep> nextRedo() {
        return redo.isEmpty() ? Optional.empty() : Optional.of(redo.get(redo.size() - 1));
    }

    /** A new step was done: it goes on the undo stack and the redo stack is cleared. */
    History done(HistoryStep step) {
        List<HistoryStep> u = new ArrayList<>(undo);
        u.add(step);
        if (u.size() > LIMIT) {
            u = u.subList(u.size() - LIMIT, u.size());
        }
        return new History(u, List.of());
    }

    History undone() {
        HistoryStep step = nextUndo().orElseThrow(() -> new IllegalStateException("nothing to undo"));
        List<HistoryStep> r = new ArrayList<>(redo);
        r.add(step);
        return new History(undo.subList(0, undo.size() - 1), r);
    }

    History redone() {
        HistoryStep step = nextRedo().orElseThrow(() -> new IllegalStateException("nothing to redo"));
        List<HistoryStep> u = new ArrayList<>(undo);
        u.add(step);
        return new History(u, redo.subList(0, redo.size() - 1));
    }
}
