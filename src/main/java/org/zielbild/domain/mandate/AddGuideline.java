package org.zielbild.domain.mandate;

import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Adds an operational guideline at {@code index} (at the end when out of range). */
public record AddGuideline(String teamId, Guideline guideline, int index) implements Change {

    @Override
    public Session apply(Session session) {
        return MandateEdits.edit(session, teamId, m -> m.withGuidelineAt(index, guideline));
    }

    @Override
    public Change inverse(Session before) {
        return MandateEdits.restore(before, teamId);
    }

    @Override
    public Message describe() {
        return Message.of("change.mandate.addGuideline");
    }
}
