package org.zielbild.session;

import java.util.List;
import org.zielbild.domain.Message;

/**
 * A session the app holds open: its service and what the user should be told on opening (e.g. a
 * repaired torn journal line). Closing flushes the journal and releases any lock.
 */
public interface OpenSession extends AutoCloseable {

    SessionService service();

    /** Notes for the user about the opening (repairs, recoveries); empty when all was well. */
    List<Message> notes();

    /** Where it lives, for the window title tooltip and error messages. */
    String location();

    /** The files it keeps beside its records (pictures); none for a session without a folder. */
    default SessionAttachments attachments() {
        return SessionAttachments.NONE;
    }

    @Override
    void close();
}
