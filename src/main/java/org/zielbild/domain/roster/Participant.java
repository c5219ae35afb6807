package org.zielbild.domain.roster;

import java.util.Objects;

/** A person in the workshop; {@code teamId} is null while they are in no team. */
public record Participant(String id, String name, String teamId) {

    public static final int MAX_NAME = 80;

    public Participant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    Participant withName(String newName) {
        return new Participant(id, newName, teamId);
    }

    Participant withTeam(String newTeamId) {
        return new Participant(id, name, newTeamId);
    }
}
