package org.zielbild.session;

import java.util.Objects;
import org.zielbild.domain.Message;

/**
 * One way to get a damaged session back, offered to the user: the last good backup, or what the
 * journal still holds. Choosing it makes a new session from {@code state}; the damaged files stay.
 *
 * @param description what the user gets, e.g. "the backup from 23 Nov, 10:42"
 * @param source      the damaged session's location, for the new session's history
 */
public record RecoveryOption(Kind kind, Message description, SessionState state, String source) {

    public enum Kind { JOURNAL, BACKUP }

    public RecoveryOption {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(state, "state");
    }
}
