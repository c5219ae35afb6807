package org.zielbild.assign;

import java.util.Objects;

/** A coach and how many participants they can take. */
public record Coach(String name, int capacity) {

    public Coach {
        Objects.requireNonNull(name, "name");
    }
}
