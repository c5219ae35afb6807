package org.zielbild.domain.coaching;

import java.util.Objects;

/** The facilitator placed this participant with this coach; every computation keeps it. */
public record Pin(String participantId, String coachId) {

    public Pin {
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(coachId, "coachId");
    }
}
