package org.zielbild.domain;

import java.util.Objects;

/**
 * Everything a workshop session is, as one immutable value. Changes produce new values, so a
 * snapshot can be written in the background while the facilitator keeps working.
 */
public record Session(String id, SessionInfo info, Agenda agenda, Roster roster) {

    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(agenda, "agenda");
        Objects.requireNonNull(roster, "roster");
    }

    public Session withInfo(SessionInfo newInfo) {
        return new Session(id, newInfo, agenda, roster);
    }

    public Session withAgenda(Agenda newAgenda) {
        return new Session(id, info, newAgenda, roster);
    }

    public Session withRoster(Roster newRoster) {
        return new Session(id, info, agenda, newRoster);
    }
}
