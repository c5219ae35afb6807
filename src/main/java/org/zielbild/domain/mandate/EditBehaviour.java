package org.zielbild.domain.mandate;

import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Rewrites a behaviour (what and how), found by its id. */
public record EditBehaviour(String teamId, String guidelineId, Behaviour behaviour) implements Change {

    @Override
    public Session apply(Session session) {
        return MandateEdits.edit(session, teamId, m -> m.withGuidelineUpdated(guidelineId, g -> g.withBehaviourReplaced(behaviour)));
    }

    @Override
    public Change inverse(Session before) {
        return MandateEdits.restore(before, teamId);
    }

    @Override
    public Message describe() {
        return Message.of("change.mandate.editBehaviour");
    }
}
