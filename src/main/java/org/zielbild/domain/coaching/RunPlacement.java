package org.zielbild.domain.coaching;

import java.util.Objects;

/**
 * Where one participant went in a computed run. Names are kept as they were, so the minutes can
 * name a group even after someone was renamed or removed.
 *
 * @param rank the position of the coach on the participant's ballot, 0 when unranked or not voted
 */
public record RunPlacement(String participantId, String participantName, String coachId, String coachName, int rank,
                           PlacementKind kind, boolean pinned) {

    public RunPlacement {
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(coachId, "coachId");
        participantName = participantName == null ? "" : participantName;
        coachName = coachName == null ? "" : coachName;
        kind = kind == null ? PlacementKind.NOT_VOTED : kind;
    }
}
