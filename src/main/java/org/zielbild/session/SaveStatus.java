package org.zielbild.session;

import org.zielbild.domain.Message;

/**
 * How far the session's changes are stored: the "saved" indicator in the status bar.
 *
 * @param pending changes applied but not yet durable
 * @param problem why writing fails right now, or null while it works
 * @param stopped writing has stopped for good: nothing is retried; closing keeps a copy elsewhere
 */
public record SaveStatus(int pending, Message problem, boolean stopped) {

    public static final SaveStatus SAVED = new SaveStatus(0, null);

    public SaveStatus(int pending, Message problem) {
        this(pending, problem, false);
    }

    public boolean saved() {
        return pending == 0 && problem == null;
    }

    public boolean failing() {
        return problem != null;
    }
}
