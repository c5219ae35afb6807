package org.zielbild.domain.roster;

import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;
import org.zielbild.domain.Texts;

/** Adds a team at {@code index} (or at the end when the index is out of range). */
public record AddTeam(Team team, int index) implements Change {

    public static AddTeam atEnd(Team team) {
        return new AddTeam(team, -1);
    }

    @Override
    public Session apply(Session session) {
        return session.withRoster(session.roster().withTeamAt(index, team));
    }

    @Override
    public Change inverse(Session before) {
        return new RemoveTeam(team.id());
    }

    @Override
    public Message describe() {
        return Message.of("change.addTeam", Texts.singleLine(team.name()));
    }
}
