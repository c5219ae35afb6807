package org.zielbild.domain.roster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Puts removed participants back at their old positions (the undo of {@link RemoveParticipants}). */
public record RestoreParticipants(List<Placed> placed) implements Change {

    /** A participant and the position it had in the roster. */
    public record Placed(int index, Participant participant) {
    }

    public RestoreParticipants {
        placed = placed.stream().sorted(Comparator.comparingInt(Placed::index)).toList();
    }

    @Override
    public Session apply(Session session) {
        Roster roster = session.roster().withParticipantsAdded(placed.stream().map(Placed::participant).toList());
        // Checked like an add; now move them to their old places in one merge pass.
        List<Participant> rest = session.roster().participants();
        List<Participant> merged = new ArrayList<>(rest.size() + placed.size());
        int next = 0;
        int p = 0;
        for (Participant restored : roster.participants().subList(rest.size(), roster.participants().size())) {
            int index = placed.get(p++).index();
            while (merged.size() < index && next < rest.size()) {
                merged.add(rest.get(next++));
            }
            merged.add(restored);
        }
        merged.addAll(rest.subList(next, rest.size()));
        return session.withRoster(new Roster(merged, roster.teams()));
    }

    @Override
    public Change inverse(Session before) {
        return new RemoveParticipants(placed.stream().map(x -> x.participant().id()).toList());
    }

    @Override
    public Message describe() {
        return Message.of("change.restoreParticipants", placed.size());
    }
}
