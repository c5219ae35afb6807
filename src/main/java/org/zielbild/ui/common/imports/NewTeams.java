package org.zielbild.ui.common.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.zielbild.domain.Change;
import org.zielbild.domain.Texts;
import org.zielbild.domain.roster.AddTeam;
import org.zielbild.domain.roster.Roster;
import org.zielbild.domain.roster.Team;
import org.zielbild.domain.roster.TeamColor;

/**
 * Teams an import names: an existing team by its name (case ignored), else a new team, made once
 * per name with the next palette colour; its {@link AddTeam} goes into the import's changes.
 */
public final class NewTeams {

    private final Roster roster;
    private final Supplier<String> ids;
    private final List<Change> changes;
    private final Map<String, String> made = new HashMap<>();

    /** @param changes where the import collects its changes; new teams are added to it as they are met */
    public NewTeams(Roster roster, Supplier<String> ids, List<Change> changes) {
        this.roster = roster;
        this.ids = ids;
        this.changes = changes;
    }

    /** The id of the team with this (cleaned, non-empty) name. */
    public String idFor(String teamName) {
        return roster.teamNamed(teamName).map(Team::id).orElseGet(() ->
                made.computeIfAbsent(Texts.identityKey(teamName), k -> {
                    String id = ids.get();
                    TeamColor color = TeamColor.forIndex(roster.teams().size() + made.size());
                    changes.add(AddTeam.atEnd(new Team(id, teamName, color)));
                    return id;
                }));
    }

    /** How many teams the import will create. */
    public int count() {
        return made.size();
    }
}
