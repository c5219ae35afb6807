package org.zielbild.domain.mandate;

import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Removes a behaviour from its guideline. */
public record RemoveBehaviour(String teamId, String guidelineId, String behaviourId) implements Change {

    @Override
    public Session apply(Session session) {
        return MandateEdits.edit(session, teamId, m -> m.withGuidelineUpdated(guidelineId, g -> g.withoutBehaviour(behaviourId)));
    }

    @Override
    public Change inverse(Session before) {
        return MandateEdits.restore(before, teamId);
    }

    @Override
    public Message describe() {
        return Message.of("change.mandate.removeBehaviour");
    }
}
