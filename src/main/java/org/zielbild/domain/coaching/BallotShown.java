package org.zielbild.domain.coaching;

import java.time.Instant;
import java.util.Objects;

/** The facilitator explicitly opened this participant's ballot at {@code at}; the record stays. */
public record BallotShown(String participantId, Instant at) {

    public BallotShown {
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(at, "at");
    }
}
