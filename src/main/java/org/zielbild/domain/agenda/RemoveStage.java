package org.zielbild.domain.agenda;

import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Removes a stage from the agenda. */
public record RemoveStage(String stageId) implements Change {

    @Override
    public Session apply(Session session) {
        return session.withAgenda(session.agenda().removed(stageId));
    }

    @Override
    public Change inverse(Session before) {
        Agenda agenda = before.agenda();
        return new AddStage(agenda.require(stageId), agenda.indexOf(stageId));
    }

    @Override
    public Message describe() {
        return Message.of("change.removeStage");
    }
}
