package org.zielbild.assign;

import java.util.Objects;

/** This participant must not be placed with this coach (e.g. the coach is their own manager). */
public record ForbiddenPair(String participant, String coach) {

    public ForbiddenPair {
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(coach, "coach");
    }
}
