package org.zielbild.session;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import org.zielbild.domain.Session;

/** Where sessions are kept: the start screen lists, creates and opens them through this. */
public interface SessionLibrary {

    /** The sessions there are, newest change first. */
    List<SessionSummary> list();

    /**
     * Stores a new session and opens it.
     *
     * @param callbacks where durability reports are delivered (the FX thread in the app)
     */
    OpenSession create(Session session, Executor callbacks) throws SessionUnavailableException;

    /** Opens a session from {@link #list()}. */
    OpenSession open(SessionSummary summary, Executor callbacks) throws SessionUnavailableException;

    /**
     * Gets ready to open or create a session, so the first one does not wait for it; called on a
     * background thread once the start screen is complete (decision 0090).
     */
    default void prepareToOpen() {
    }

    /** Opens a session folder the user picked, possibly outside the workspace. */
    OpenSession openFolder(Path folder, Executor callbacks) throws SessionUnavailableException;

    // --- managing sessions (start screen); a library that cannot do it says so ---

    /** Makes a new session from what a damaged one still holds (the damaged files stay) and opens it. */
    default OpenSession openRecovered(RecoveryOption option, String newTitle, Executor callbacks) throws SessionUnavailableException {
        throw unsupported();
    }

    /** Copies a session under a new id and {@code newTitle}, with a fresh history; the copy is not opened. */
    default SessionSummary duplicate(SessionSummary source, String newTitle) throws SessionUnavailableException {
        throw unsupported();
    }

    /** Gives a session a new title (as an undoable change in its own history). */
    default void rename(SessionSummary session, String newTitle) throws SessionUnavailableException {
        throw unsupported();
    }

    /** Whether {@link #delete} moves sessions to the OS trash (otherwise it deletes them for good). */
    default boolean deleteMovesToTrash() {
        return false;
    }

    /** Removes a session: to the trash where the OS has one, otherwise for good. */
    default void delete(SessionSummary session) throws SessionUnavailableException {
        throw unsupported();
    }

    /** Writes the session as one JSON file (with its schema version) to mail or archive. */
    default void exportTo(SessionSummary session, Path file) throws SessionUnavailableException {
        throw unsupported();
    }

    /**
     * Writes a session (e.g. the open one, as it is now) as the same JSON file as {@link #exportTo}:
     * the archive the minutes export offers (0024).
     */
    default void exportSession(Session session, Path file) throws SessionUnavailableException {
        throw unsupported();
    }

    /** Adds a session from an exported file to the library; it is not opened. */
    default SessionSummary importFrom(Path file) throws SessionUnavailableException {
        throw unsupported();
    }

    /** As {@link #importFrom}, saying which attachments in the file were left out (damaged or changed). */
    default ImportReport importSession(Path file) throws SessionUnavailableException {
        return new ImportReport(importFrom(file), List.of());
    }

    private static SessionUnavailableException unsupported() {
        return new SessionUnavailableException(org.zielbild.domain.Message.of("library.unsupported"));
    }
}
