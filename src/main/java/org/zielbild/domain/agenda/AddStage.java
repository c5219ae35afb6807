package org.zielbild.domain.agenda;

import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Inserts a stage at {@code index} (or at the end when the index is out of range). */
public record AddStage(Stage stage, int index) implements Change {

    @Override
    public Session apply(Session session) {
        return session.withAgenda(session.agenda().inserted(index, stage.validated()));
    }

    @Override
    public Change inverse(Session before) {
        return new RemoveStage(stage.id());
    }

    @Override
    public Message describe() {
        return Message.of("change.addStage", stage.title());
    }
}
