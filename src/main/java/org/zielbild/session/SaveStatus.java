package org.zielbild.session;

import org.zielbild.domain.Message;

/**
 * How far the session's changes are stored: the "saved" indicator in the status bar.
 *
 * @param pending changes applied but not yet durable
 * @param problem why writing fails right now, or null while it works
 */
public record SaveStatus(int pending, Message problem) {

    public static final SaveStatus SAVED = new SaveStatus(0, null);

    public boolean saved() {
        return pending == 0 && problem == null;
    }

    public boolean failing() {
        return problem != null;
    }
}
