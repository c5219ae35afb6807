package org.zielbild.domain.mandate;

import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Writes the value a team's mandate contributes. */
public record SetMandateValue(String teamId, String value) implements Change {

    @Override
    public Session apply(Session session) {
        return MandateEdits.edit(session, teamId, m -> m.withValue(value));
    }

    @Override
    public Change inverse(Session before) {
        return MandateEdits.restore(before, teamId);
    }

    @Override
    public Message describe() {
        return Message.of("change.mandate.value");
    }
}
