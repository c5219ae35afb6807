package org.zielbild.domain.coaching;

import java.util.Objects;

/** A coach as they were when a run was computed: the minutes list their group and free places. */
public record RunCoach(String coachId, String name, int capacity) {

    public RunCoach {
        Objects.requireNonNull(coachId, "coachId");
        name = name == null ? "" : name;
    }
}
