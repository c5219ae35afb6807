package org.zielbild.domain.agenda;

import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Gives a stage a new title. */
public record RenameStage(String stageId, String title) implements Change {

    @Override
    public Session apply(Session session) {
        Stage stage = session.agenda().require(stageId);
        return session.withAgenda(session.agenda().replaced(stage.withTitle(title).validated()));
    }

    @Override
    public Change inverse(Session before) {
        return new RenameStage(stageId, before.agenda().require(stageId).title());
    }

    @Override
    public Message describe() {
        return Message.of("change.renameStage", title);
    }
}
