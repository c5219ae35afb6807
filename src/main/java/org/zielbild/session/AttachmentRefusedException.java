package org.zielbild.session;

import org.zielbild.domain.Message;

/** A file could not be attached: too large, not of the kind asked for, unreadable, or not writable. */
public class AttachmentRefusedException extends Exception {

    private final transient Message userMessage;

    public AttachmentRefusedException(Message userMessage, Throwable cause) {
        super(userMessage.key() + " " + userMessage.args(), cause);
        this.userMessage = userMessage;
    }

    public AttachmentRefusedException(Message userMessage) {
        this(userMessage, null);
    }

    public Message userMessage() {
        return userMessage;
    }
}
