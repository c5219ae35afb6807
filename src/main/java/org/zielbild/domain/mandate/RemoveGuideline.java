package org.zielbild.domain.mandate;

import java.util.ArrayList;
import java.util.List;
import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Removes a guideline with its behaviours. */
public record RemoveGuideline(String teamId, String guidelineId) implements Change {

    @Override
    public Session apply(Session session) {
        return MandateEdits.edit(session, teamId, m -> {
            List<Guideline> list = new ArrayList<>(m.guidelines());
            list.remove(m.requireGuideline(guidelineId));
            return m.withGuidelines(list);
        });
    }

    @Override
    public Change inverse(Session before) {
        return MandateEdits.restore(before, teamId);
    }

    @Override
    public Message describe() {
        return Message.of("change.mandate.removeGuideline");
    }
}
