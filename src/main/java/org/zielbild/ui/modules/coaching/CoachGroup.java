package org.zielbild.ui.modules.coaching;

import java.util.List;
import org.zielbild.domain.coaching.PlacementKind;
import org.zielbild.domain.coaching.RunCoach;
import org.zielbild.domain.coaching.RunPlacement;

/** One coach's group in a result: who joined, in roster order, and how many places are left. */
public record CoachGroup(RunCoach coach, List<RunPlacement> members) {

    public CoachGroup {
        members = List.copyOf(members);
    }

    public int free() {
        return Math.max(0, coach.capacity() - members.size());
    }

    public List<RunPlacement> members(PlacementKind kind) {
        return members.stream().filter(m -> m.kind() == kind).toList();
    }
}
