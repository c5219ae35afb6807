package org.zielbild.export;

import org.zielbild.domain.Message;

/** An export that could not be written, with the reason in words for the user (i18n/minutes). */
public final class ExportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Message userMessage;

    public ExportException(Message userMessage, Throwable cause) {
        super(userMessage.key() + " " + userMessage.args(), cause);
        this.userMessage = userMessage;
    }

    public Message userMessage() {
        return userMessage;
    }
}
