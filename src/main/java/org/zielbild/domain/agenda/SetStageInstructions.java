package org.zielbild.domain.agenda;

import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Changes the facilitator's instructions for a stage. */
public record SetStageInstructions(String stageId, String instructions) implements Change {

    @Override
    public Session apply(Session session) {
        Stage stage = session.agenda().require(stageId);
        return session.withAgenda(session.agenda().replaced(stage.withInstructions(instructions).validated()));
    }

    @Override
    public Change inverse(Session before) {
        return new SetStageInstructions(stageId, before.agenda().require(stageId).instructions());
    }

    @Override
    public Message describe() {
        return Message.of("change.setStageInstructions");
    }
}
