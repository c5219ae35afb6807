package org.zielbild.domain.mandate;

import org.zielbild.domain.Change;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Puts a team's mandate back as it was (null: the team had none); the inverse of every mandate edit. */
public record RestoreMandate(String teamId, Mandate mandate, int index) implements Change {

    @Override
    public Session apply(Session session) {
        if (mandate != null && !mandate.teamId().equals(teamId)) {
            throw DomainException.of("error.mandate.teamMismatch");
        }
        return session.withMandates(session.mandates().withMandate(teamId, mandate, index));
    }

    @Override
    public Change inverse(Session before) {
        return MandateEdits.restore(before, teamId);
    }

    @Override
    public Message describe() {
        return Message.of("change.mandate.restore");
    }
}
