package org.zielbild.domain.roster;

import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;
import org.zielbild.domain.Texts;

/** Gives a team a new name. */
public record RenameTeam(String teamId, String name) implements Change {

    @Override
    public Session apply(Session session) {
        return session.withRoster(session.roster().withTeamUpdated(teamId, t -> t.withName(name)));
    }

    @Override
    public Change inverse(Session before) {
        return new RenameTeam(teamId, before.roster().requireTeam(teamId).name());
    }

    @Override
    public Message describe() {
        return Message.of("change.renameTeam", Texts.singleLine(name));
    }
}
