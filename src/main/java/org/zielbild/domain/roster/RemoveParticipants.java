package org.zielbild.domain.roster;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Removes several participants as one step; undo puts each back where it was. */
public record RemoveParticipants(List<String> participantIds) implements Change {

    public RemoveParticipants {
        participantIds = List.copyOf(participantIds);
    }

    @Override
    public Session apply(Session session) {
        return session.withRoster(session.roster().withoutParticipants(participantIds));
    }

    @Override
    public Change inverse(Session before) {
        Set<String> ids = new HashSet<>(participantIds);
        List<Participant> all = before.roster().participants();
        List<RestoreParticipants.Placed> placed = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (ids.contains(all.get(i).id())) {
                placed.add(new RestoreParticipants.Placed(i, all.get(i)));
            }
        }
        return new RestoreParticipants(placed);
    }

    @Override
    public Message describe() {
        return Message.of("change.removeParticipants", participantIds.size());
    }
}
