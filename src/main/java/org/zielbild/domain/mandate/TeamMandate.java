package org.zielbild.domain.mandate;

import java.util.List;
import org.zielbild.domain.roster.TeamColor;

/**
 * One team's mandate and actions as the mandate stage, the wall and the minutes show them.
 *
 * @param name    the team's name; for a removed team the copy its mandate kept ("" if none did)
 * @param removed the team is no longer in the roster: shown under "removed team", movable
 * @param color   the team's colour, null for a removed team
 * @param mandate what was written (an empty mandate when nothing was)
 */
public record TeamMandate(String teamId, String name, boolean removed, TeamColor color, Mandate mandate,
                          List<Action> actions) {

    public TeamMandate {
        actions = List.copyOf(actions);
    }
}
