package org.zielbild.store;

import org.zielbild.domain.Message;

/** Stored bytes that cannot be read as what they should be; {@link #reason()} says why, for the user. */
final class Unreadable extends Exception {

    private final transient Message reason;

    Unreadable(Message reason, Throwable cause) {
        super(reason.key() + " " + reason.args(), cause);
        this.reason = reason;
    }

    Unreadable(Message reason) {
        this(reason, null);
    }

    Message reason() {
        return reason;
    }
}
