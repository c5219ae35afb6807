package org.zielbild.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.zielbild.session.JournalEntry;

/** An entry not durable yet, with its sealed line once encoded (a retry writes the same bytes again). */
final class PendingEntry {

    private final JournalEntry entry;
    private byte[] line;

    PendingEntry(JournalEntry entry) {
        this.entry = entry;
    }

    long seq() {
        return entry.seq();
    }

    byte[] line(StoreCodec codec) throws JsonProcessingException {
        if (line == null) {
            line = codec.line(entry);
        }
        return line;
    }
}
