package org.zielbild.session;

import org.zielbild.domain.Message;

/**
 * Where applied changes go to become durable. Implementations must never block the caller on
 * the disk: {@link #append} queues, a writer makes the entries durable and reports back.
 */
public interface Journal extends AutoCloseable {

    /** Told, from any thread, how far the journal got. */
    interface Listener {

        /** Every entry up to and including {@code seq} is durable. */
        void durable(long seq);

        /** Writing fails; entries are kept in memory and retried. {@code problem} says why, for the user. */
        void failing(Message problem);

        /**
         * Writing has stopped for good (e.g. another instance has the session's folder now): entries
         * stay in memory, nothing is retried, closing keeps a copy elsewhere. {@code problem} says why.
         */
        default void stopped(Message problem) {
            failing(problem);
        }
    }

    void setListener(Listener listener);

    /** Queues an entry; entries arrive in sequence order. */
    void append(JournalEntry entry);

    /** Writes what is queued (waiting for it) and releases the journal. */
    @Override
    void close();
}
