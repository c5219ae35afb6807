package org.zielbild.domain.roster;

import java.util.List;
import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/**
 * Adds a list of participants at the end as one step: what a pasted list or a CSV import does.
 * One pass over the roster however long the list is (a single {@link AddParticipant} per name
 * would cost O(n²) for a paste of thousands).
 */
public record AddParticipants(List<Participant> participants) implements Change {

    public AddParticipants {
        participants = List.copyOf(participants);
    }

    @Override
    public Session apply(Session session) {
        return session.withRoster(session.roster().withParticipantsAdded(participants));
    }

    @Override
    public Change inverse(Session before) {
        return new RemoveParticipants(participants.stream().map(Participant::id).toList());
    }

    @Override
    public Message describe() {
        return Message.of("change.importParticipants", participants.size());
    }
}
