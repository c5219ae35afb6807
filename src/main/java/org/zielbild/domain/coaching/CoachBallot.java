package org.zielbild.domain.coaching;

import java.util.List;
import java.util.Objects;

/**
 * One participant's secret ranking of the coaches, best first (coach ids). Not the engine's input
 * ({@code assign.CoachRanking}, names) and not a board's dot ballot ({@code domain.board.DotBallot}).
 * Personal, because the assignment needs it; only the facilitator's recorded "show ballot" shows it.
 */
public record CoachBallot(String participantId, List<String> ranking) {

    public CoachBallot {
        Objects.requireNonNull(participantId, "participantId");
        ranking = ranking == null ? List.of() : List.copyOf(ranking);
    }

    /** The ranking without coaches that are gone: the order of the rest is kept. */
    public List<String> rankingAmong(java.util.Set<String> coachIds) {
        return ranking.stream().filter(coachIds::contains).toList();
    }
}
