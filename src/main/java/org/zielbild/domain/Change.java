package org.zielbild.domain;

/**
 * One user action as a typed command: the only way a session changes. Changes are pure: they
 * carry every id and timestamp they need, so applying the same changes to the same session
 * always gives the same result (replay, undo and the journal rely on that).
 *
 * <p>Every implementation is listed in {@link ChangeCatalog} under a stable name; that name,
 * not the class name, is what the journal stores.
 */
public interface Change {

    /**
     * Checks the change against {@code session} and returns the changed session.
     *
     * @throws DomainException when the change does not fit the session (the message says why)
     */
    Session apply(Session session);

    /**
     * The change that undoes this one: applied to {@code apply(before)} it gives back {@code before}.
     *
     * @param before the session this change is (or was) applied to
     */
    Change inverse(Session before);

    /** What the change does, for undo/redo labels and the history. */
    Message describe();

    /**
     * Whether the change belongs on the undo stack. Bookkeeping such as timer events is journaled
     * but not undone with Ctrl+Z.
     */
    default boolean undoable() {
        return true;
    }
}
