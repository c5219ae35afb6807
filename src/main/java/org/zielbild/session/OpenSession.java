package org.zielbild.session;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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

    // --- when the session's own folder cannot be written (0084) ---

    /** Where a rescue copy would be written now (the chosen folder, if any); empty when this kind of session keeps none. */
    default Optional<RescuePlace> rescuePlace() {
        return Optional.empty();
    }

    /** The user's choice of where rescue copies go (e.g. a USB stick); remembered to find the copy later. */
    default void chooseRescueFolder(Path folder) {
        // a session that keeps no rescue copies has nothing to remember
    }

    /**
     * Writes a complete copy of the session now, outside its folder: to the chosen folder, else to
     * {@link #rescuePlace()} (or the next place that takes it). Closing afterwards writes no second
     * copy of the same state.
     *
     * @return where it went, exactly
     * @throws SessionUnavailableException when no place could take it; the message says why
     */
    default RescueCopy saveRescueCopy() throws SessionUnavailableException {
        throw new SessionUnavailableException(Message.of("library.unsupported"));
    }

    /** Copies of this session written elsewhere that are newer than its folder (found when it was opened). */
    default List<RescueCopy> newerCopies() {
        return List.of();
    }

    @Override
    void close();
}
