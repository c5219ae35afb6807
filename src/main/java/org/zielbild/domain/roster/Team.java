package org.zielbild.domain.roster;

import java.util.Objects;

/** A team with a name and a colour. */
public record Team(String id, String name, TeamColor color) {

    public static final int MAX_NAME = 60;

    public Team {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(color, "color");
    }

    Team withName(String newName) {
        return new Team(id, newName, color);
    }

    Team withColor(TeamColor newColor) {
        return new Team(id, name, newColor);
    }
}
