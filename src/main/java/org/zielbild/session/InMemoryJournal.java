package org.zielbild.session;

import java.util.ArrayList;
import java.util.List;

/** A journal that keeps entries in memory and reports them durable at once; for tests and previews. */
public final class InMemoryJournal implements Journal {

    private final List<JournalEntry> entries = new ArrayList<>();
    private Listener listener;

    @Override
    public void setListener(Listener listener) {
        this.listener = listener;
    }

    @Override
    public synchronized void append(JournalEntry entry) {
        entries.add(entry);
        if (listener != null) {
            listener.durable(entry.seq());
        }
    }

    public synchronized List<JournalEntry> entries() {
        return List.copyOf(entries);
    }

    @Override
    public void close() {
        // nothing held
    }
}
