package org.zielbild.domain.coaching;

import java.util.Comparator;
import java.util.Objects;

/** This participant must not be placed with this coach (e.g. the coach is their own manager). */
public record ForbiddenPair(String participantId, String coachId) {

    static final Comparator<ForbiddenPair> ORDER =
            Comparator.comparing(ForbiddenPair::participantId).thenComparing(ForbiddenPair::coachId);

    public ForbiddenPair {
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(coachId, "coachId");
    }
}
