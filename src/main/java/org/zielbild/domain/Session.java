package org.zielbild.domain;

import java.util.Objects;

/**
 * Everything a workshop session is, as one immutable value. Changes produce new values, so a
 * snapshot can be written in the background while the facilitator keeps working.
 *
 * @param dayLog how the day actually runs (stage runs, free timer); null in older snapshots
 */
public record Session(String id, SessionInfo info, Agenda agenda, Roster roster, DayLog dayLog) {

    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(agenda, "agenda");
        Objects.requireNonNull(roster, "roster");
        dayLog = dayLog == null ? DayLog.empty() : dayLog;
    }

    /** A session whose day has not started yet. */
    public Session(String id, SessionInfo info, Agenda agenda, Roster roster) {
        this(id, info, agenda, roster, null);
    }

    public Session withInfo(SessionInfo newInfo) {
        return new Session(id, newInfo, agenda, roster, dayLog);
    }

    public Session withAgenda(Agenda newAgenda) {
        return new Session(id, info, newAgenda, roster, dayLog);
    }

    public Session withRoster(Roster newRoster) {
        return new Session(id, info, agenda, newRoster, dayLog);
    }

    public Session withDayLog(DayLog newDayLog) {
        return new Session(id, info, agenda, roster, newDayLog);
    }
}
