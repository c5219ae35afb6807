package org.zielbild.domain.mandate;

import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Adds a concrete behaviour (what, how) under a guideline. */
public record AddBehaviour(String teamId, String guidelineId, Behaviour behaviour, int index) implements Change {

    @Override
    public Session apply(Session session) {
        return MandateEdits.edit(session, teamId, m -> m.withGuidelineUpdated(guidelineId, g -> g.withBehaviourAt(index, behaviour)));
    }

    @Override
    public Change inverse(Session before) {
        return MandateEdits.restore(before, teamId);
    }

    @Override
    public Message describe() {
        return Message.of("change.mandate.addBehaviour");
    }
}
