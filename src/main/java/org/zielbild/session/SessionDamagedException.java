package org.zielbild.session;

import java.util.List;
import org.zielbild.domain.Message;

/**
 * A session whose files are damaged: it was not opened and nothing was written. Says which files
 * and why, and what can be recovered.
 */
public class SessionDamagedException extends SessionUnavailableException {

    private final transient List<Message> problems;
    private final transient List<RecoveryOption> options;
    private final String location;

    public SessionDamagedException(Message userMessage, List<Message> problems, List<RecoveryOption> options,
                                   String location) {
        super(userMessage);
        this.problems = List.copyOf(problems);
        this.options = List.copyOf(options);
        this.location = location;
    }

    /** One line per damaged file: which file and why. */
    public List<Message> problems() {
        return problems;
    }

    /** What can be opened instead, best first; may be empty. */
    public List<RecoveryOption> options() {
        return options;
    }

    /** The damaged session's folder (left untouched). */
    public String location() {
        return location;
    }
}
