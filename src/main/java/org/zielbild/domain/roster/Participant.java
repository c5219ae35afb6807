package org.zielbild.domain.roster;

import java.util.Objects;

/**
 * A person in the workshop; {@code teamId} is null while they are in no team.
 *
 * @param absent not here today: everyone is present unless marked otherwise, so files written
 *               before attendance existed read as "all present"; the default base of a rating round
 *               and the minutes count the people present
 */
public record Participant(String id, String name, String teamId, boolean absent) {

    public static final int MAX_NAME = 80;

    public Participant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    /** A participant who is present (the default). */
    public Participant(String id, String name, String teamId) {
        this(id, name, teamId, false);
    }

    public boolean present() {
        return !absent;
    }

    Participant withName(String newName) {
        return new Participant(id, newName, teamId, absent);
    }

    Participant withTeam(String newTeamId) {
        return new Participant(id, name, newTeamId, absent);
    }

    Participant withPresent(boolean present) {
        return new Participant(id, name, teamId, !present);
    }
}
