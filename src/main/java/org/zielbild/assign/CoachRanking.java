package org.zielbild.assign;

import java.util.List;
import java.util.Objects;

/** One participant's strict ranking of coaches, best first; it may stop after any number of coaches. */
public record CoachRanking(String participant, List<String> ranking) {

    public CoachRanking {
        Objects.requireNonNull(participant, "participant");
        ranking = List.copyOf(ranking);
    }

    public static CoachRanking of(String participant, String... ranking) {
        return new CoachRanking(participant, List.of(ranking));
    }
}
