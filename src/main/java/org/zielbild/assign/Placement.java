package org.zielbild.assign;

import java.util.Objects;

/**
 * Where one participant goes.
 *
 * @param rank   the position of {@code coach} on the participant's ballot (1 = first choice), or
 *               {@link #UNRANKED} when the participant did not rank this coach
 * @param locked whether the facilitator fixed this placement
 */
public record Placement(String participant, String coach, int rank, boolean locked) {

    public static final int UNRANKED = 0;

    public Placement {
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(coach, "coach");
        if (rank < 0) {
            throw new IllegalArgumentException("rank " + rank);
        }
    }

    public boolean isRanked() {
        return rank != UNRANKED;
    }
}
