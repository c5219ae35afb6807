package org.zielbild.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** Several changes as one step: all apply or none do, and one undo reverts them all. */
public record Batch(Message description, List<Change> changes) implements Change {

    public Batch {
        Objects.requireNonNull(description, "description");
        changes = List.copyOf(changes);
    }

    @Override
    public Session apply(Session session) {
        Session s = session;
        for (Change c : changes) {
            s = c.apply(s);
        }
        return s;
    }

    @Override
    public Change inverse(Session before) {
        List<Change> inverses = new ArrayList<>(changes.size());
        Session s = before;
        for (Change c : changes) {
            inverses.add(c.inverse(s));
            s = c.apply(s);
        }
        Collections.reverse(inverses);
        return new Batch(description, inverses);
    }

    @Override
    public Message describe() {
        return description;
    }

    @Override
    public boolean undoable() {
        return changes.stream().anyMatch(Change::undoable);
    }
}
