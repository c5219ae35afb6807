package org.zielbild.domain.agenda;

import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Changes how many minutes a stage is planned to take. */
public record SetStageTimeBox(String stageId, int minutes) implements Change {

    @Override
    public Session apply(Session session) {
        Stage stage = session.agenda().require(stageId);
        return session.withAgenda(session.agenda().replaced(stage.withTimeBox(minutes).validated()));
    }

    @Override
    public Change inverse(Session before) {
        return new SetStageTimeBox(stageId, before.agenda().require(stageId).timeBoxMinutes());
    }

    @Override
    public Message describe() {
        return Message.of("change.setStageTimeBox", minutes);
    }
}
