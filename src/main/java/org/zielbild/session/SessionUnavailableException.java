package org.zielbild.session;

import org.zielbild.domain.Message;

/** A session cannot be created or opened; the message tells the user why and what to do. */
public class SessionUnavailableException extends Exception {

    private final transient Message userMessage;

    public SessionUnavailableException(Message userMessage, Throwable cause) {
        super(userMessage.key() + " " + userMessage.args(), cause);
        this.userMessage = userMessage;
    }

    public SessionUnavailableException(Message userMessage) {
        this(userMessage, null);
    }

    public Message userMessage() {
        return userMessage;
    }
}
