package org.zielbild.assign;

import java.util.List;
import java.util.Objects;

/** One participant's strict ranking of coaches, best first; it may stop after any number of coaches. */
public record Ballot(String participant, List<String> ranking) {

    public Ballot {
        Objects.requireNonNull(participant, "participant");
        ranking = List.copyOf(ranking);
    }

    public static Ballot of(String participant, String... ranking) {
        return new Ballot(participant, List.of(ranking));
    }
}
