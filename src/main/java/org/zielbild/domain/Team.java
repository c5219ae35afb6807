package org.zielbild.domain;

import java.util.Objects;

/** A team with a name and a colour. */
public record Team(String id, String name, TeamColor color) {

    public static final int MAX_NAME = 60;

    public Team {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(color, "color");
    }

    public Team withName(String newName) {
        return new Team(id, newName, color);
    }

    public Team withColor(TeamColor newColor) {
        return new Team(id, name, newColor);
    }
}
