package org.zielbild.domain;

import java.util.Objects;

/**
 * Everything a workshop session is, as one immutable value. Changes produce new values, so a
 * snapshot can be written in the background while the facilitator keeps working.
 *
 * <p>Slices added later ({@code boards}, {@code moods}) accept null and become empty, so
 * snapshots written before they existed still load.
 */
public record Session(String id, SessionInfo info, Agenda agenda, Roster roster, Boards boards, Moods moods) {

    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(agenda, "agenda");
        Objects.requireNonNull(roster, "roster");
        boards = boards == null ? Boards.empty() : boards;
        moods = moods == null ? Moods.empty() : moods;
    }

    /** A session without boards and mood rounds yet. */
    public Session(String id, SessionInfo info, Agenda agenda, Roster roster) {
        this(id, info, agenda, roster, null, null);
    }

    public Session withInfo(SessionInfo newInfo) {
        return new Session(id, newInfo, agenda, roster, boards, moods);
    }

    public Session withAgenda(Agenda newAgenda) {
        return new Session(id, info, newAgenda, roster, boards, moods);
    }

    public Session withRoster(Roster newRoster) {
        return new Session(id, info, agenda, newRoster, boards, moods);
    }

    public Session withBoards(Boards newBoards) {
        return new Session(id, info, agenda, roster, newBoards, moods);
    }

    public Session withMoods(Moods newMoods) {
        return new Session(id, info, agenda, roster, boards, newMoods);
    }
}
