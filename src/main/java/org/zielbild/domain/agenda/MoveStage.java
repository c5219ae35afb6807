package org.zielbild.domain.agenda;

import org.zielbild.domain.Change;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Moves a stage to another position in the agenda. */
public record MoveStage(String stageId, int toIndex) implements Change {

    @Override
    public Session apply(Session session) {
        Agenda agenda = session.agenda();
        if (toIndex < 0 || toIndex >= agenda.stages().size()) {
            throw DomainException.of("error.stage.position", toIndex + 1, agenda.stages().size());
        }
        return session.withAgenda(agenda.moved(stageId, toIndex));
    }

    @Override
    public Change inverse(Session before) {
        return new MoveStage(stageId, before.agenda().indexOf(stageId));
    }

    @Override
    public Message describe() {
        return Message.of("change.moveStage");
    }
}
