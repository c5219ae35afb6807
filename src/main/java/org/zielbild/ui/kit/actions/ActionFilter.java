package org.zielbild.ui.kit.actions;

import java.util.Objects;
import org.zielbild.domain.mandate.Action;

/**
 * Which actions a list shows: all, one team's, or those of no team (the session's own); optionally
 * one owner's.
 *
 * @param scope   ALL, TEAM (with {@code teamId}) or NO_TEAM
 * @param ownerId null for every owner
 */
public record ActionFilter(Scope scope, String teamId, String ownerId) {

    public enum Scope {
        ALL,
        TEAM,
        NO_TEAM
    }

    public static final ActionFilter ALL = new ActionFilter(Scope.ALL, null, null);

    public static ActionFilter team(String teamId) {
        return new ActionFilter(Scope.TEAM, Objects.requireNonNull(teamId), null);
    }

    public ActionFilter withOwner(String owner) {
        return new ActionFilter(scope, teamId, owner);
    }

    public ActionFilter withScope(Scope newScope, String newTeamId) {
        return new ActionFilter(newScope, newTeamId, ownerId);
    }

    public boolean test(Action a) {
        boolean team = switch (scope) {
            case ALL -> true;
            case TEAM -> teamId.equals(a.teamId());
            case NO_TEAM -> a.teamId() == null;
        };
        return team && (ownerId == null || ownerId.equals(a.ownerId()));
    }

    /** The team a new action gets under this filter (null: the whole session). */
    public String newActionTeam() {
        return scope == Scope.TEAM ? teamId : null;
    }
}
