package org.zielbild.domain;

import java.util.List;
import java.util.Objects;

/**
 * A user-facing text as a resource-bundle key plus arguments, so the domain can explain itself
 * (errors, undo labels) without knowing the UI language.
 */
public record Message(String key, List<Object> args) {

    public Message {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }
}
