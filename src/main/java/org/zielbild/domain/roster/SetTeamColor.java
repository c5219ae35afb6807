package org.zielbild.domain.roster;

import java.util.Objects;
import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Gives a team another colour from the palette. */
public record SetTeamColor(String teamId, TeamColor color) implements Change {

    public SetTeamColor {
        Objects.requireNonNull(color, "color");
    }

    @Override
    public Session apply(Session session) {
        return session.withRoster(session.roster().withTeamUpdated(teamId, t -> t.withColor(color)));
    }

    @Override
    public Change inverse(Session before) {
        return new SetTeamColor(teamId, before.roster().requireTeam(teamId).color());
    }

    @Override
    public Message describe() {
        return Message.of("change.setTeamColor");
    }
}
