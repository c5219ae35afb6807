package org.zielbild.domain.mandate;

import java.util.ArrayList;
import java.util.List;
import org.zielbild.domain.Change;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Moves a guideline to another place in its mandate. */
public record MoveGuideline(String teamId, String guidelineId, int toIndex) implements Change {

    @Override
    public Session apply(Session session) {
        return MandateEdits.edit(session, teamId, m -> {
            Guideline g = m.requireGuideline(guidelineId);
            if (toIndex < 0 || toIndex >= m.guidelines().size()) {
                throw DomainException.of("error.mandate.position", toIndex + 1, m.guidelines().size());
            }
            List<Guideline> list = new ArrayList<>(m.guidelines());
            list.remove(g);
            list.add(toIndex, g);
            return m.withGuidelines(list);
        });
    }

    @Override
    public Change inverse(Session before) {
        return MandateEdits.restore(before, teamId);
    }

    @Override
    public Message describe() {
        return Message.of("change.mandate.moveGuideline");
    }
}
