package org.zielbild.domain;

import java.util.Objects;
import org.zielbild.domain.agenda.Agenda;
import org.zielbild.domain.board.Boards;
import org.zielbild.domain.mandate.Mandates;
import org.zielbild.domain.day.DayLog;
import org.zielbild.domain.mood.Moods;
import org.zielbild.domain.roster.Roster;
import org.zielbild.domain.coaching.Coaching;
import org.zielbild.domain.target.TargetPicture;

/**
 * Everything a workshop session is, as one immutable value. Changes produce new values, so a
 * snapshot can be written in the background while the facilitator keeps working.
 *
 * <p>Each component but the header is a slice with its own package ({@code domain.agenda},
 * {@code domain.roster}, {@code domain.day}, {@code domain.board}, {@code domain.mood}, {@code domain.target},
 * {@code domain.mandate}, {@code domain.coaching}) holding its values and the changes that touch them. Slices
 * added later ({@code dayLog}, {@code boards}, {@code moods}, {@code target}, {@code mandates}, {@code coaching})
 * accept null and become empty, so snapshots written before they existed still load.
 * A new slice goes at the end the same way: the store writes components in this order
 * (docs/decisions/0070 says what else a new slice needs).
 *
 * @param dayLog how the day actually runs (stage runs, free timer)
 * @param boards the sticky-note boards with their notes, clusters and dot votes
 * @param moods  the mood check-in and check-out rounds
 * @param target the shared target picture: statements, rating rounds, recorded reasons
 * @param mandates the team mandates and the session's actions
 * @param coaching the coach pitch and vote: coaches, questions, secret ballots, pins, computed assignments
 */
public record Session(String id, SessionInfo info, Agenda agenda, Roster roster, DayLog dayLog, Boards boards,
                      Moods moods, TargetPicture target, Mandates mandates, Coaching coaching) {

    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(agenda, "agenda");
        Objects.requireNonNull(roster, "roster");
        dayLog = dayLog == null ? DayLog.empty() : dayLog;
        boards = boards == null ? Boards.empty() : boards;
        moods = moods == null ? Moods.empty() : moods;
        target = target == null ? TargetPicture.empty() : target;
        mandates = mandates == null ? Mandates.empty() : mandates;
        coaching = coaching == null ? Coaching.empty() : coaching;
    }

    /** A session whose day has not started yet: no runs, no boards, no mood rounds, no coaches. */
    public Session(String id, SessionInfo info, Agenda agenda, Roster roster) {
        this(id, info, agenda, roster, null, null, null, null, null, null);
    }

    public Session withInfo(SessionInfo newInfo) {
        return new Session(id, newInfo, agenda, roster, dayLog, boards, moods, target, mandates, coaching);
    }

    public Session withAgenda(Agenda newAgenda) {
        return new Session(id, info, newAgenda, roster, dayLog, boards, moods, target, mandates, coaching);
    }

    public Session withRoster(Roster newRoster) {
        return new Session(id, info, agenda, newRoster, dayLog, boards, moods, target, mandates, coaching);
    }

    public Session withDayLog(DayLog newDayLog) {
        return new Session(id, info, agenda, roster, newDayLog, boards, moods, target, mandates, coaching);
    }

    public Session withBoards(Boards newBoards) {
        return new Session(id, info, agenda, roster, dayLog, newBoards, moods, target, mandates, coaching);
    }

    public Session withMoods(Moods newMoods) {
        return new Session(id, info, agenda, roster, dayLog, boards, newMoods, target, mandates, coaching);
    }

    public Session withTarget(TargetPicture newTarget) {
        return new Session(id, info, agenda, roster, dayLog, boards, moods, newTarget, mandates, coaching);
    }

    public Session withMandates(Mandates newMandates) {
        return new Session(id, info, agenda, roster, dayLog, boards, moods, target, newMandates, coaching);
    }

    public Session withCoaching(Coaching newCoaching) {
        return new Session(id, info, agenda, roster, dayLog, boards, moods, target, mandates, newCoaching);
    }
}
