package org.zielbild.domain;

/** A change that cannot be applied to the session as it is; carries a message for the user. */
public class DomainException extends RuntimeException {

    private final transient Message userMessage;

    public DomainException(Message userMessage) {
        super(userMessage.key() + " " + userMessage.args());
        this.userMessage = userMessage;
    }

    public static DomainException of(String key, Object... args) {
        return new DomainException(Message.of(key, args));
    }

    public Message userMessage() {
        return userMessage;
    }
}
