package org.zielbild.domain.coaching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One computed assignment, recorded for the minutes and to be shown again: how it was computed
 * (policy, seed, the pins and forbidden pairs it kept) and where everyone went. The minutes and the
 * wall use {@link #group}, {@link #byRank}, {@link #unranked} and {@link #notVoted}; a placement's
 * rank belongs to that person and is for the facilitator's "why this coach" only.
 *
 * @param coaches    the coaches as they were, in the session's order
 * @param placements one per participant, in roster order
 */
public record AssignmentRun(String id, Instant at, CoachingPolicy policy, long seed, List<RunCoach> coaches,
                            List<Pin> pins, List<ForbiddenPair> forbidden, List<RunPlacement> placements) {

    public AssignmentRun {
        Objects.requireNonNull(id, "id");
        policy = policy == null ? CoachingPolicy.RANK_MAXIMAL : policy;
        coaches = coaches == null ? List.of() : List.copyOf(coaches);
        pins = pins == null ? List.of() : List.copyOf(pins);
        forbidden = forbidden == null ? List.of() : List.copyOf(forbidden);
        placements = placements == null ? List.of() : List.copyOf(placements);
    }

    /** The participants placed with a coach, in roster order. */
    public List<RunPlacement> group(String coachId) {
        return placements.stream().filter(p -> p.coachId().equals(coachId)).toList();
    }

    public Optional<RunPlacement> placementOf(String participantId) {
        return placements.stream().filter(p -> p.participantId().equals(participantId)).findFirst();
    }

    /**
     * How many voters got the coach they ranked 1st, 2nd, ...: {@code byRank().get(0)} is the 1st
     * choices; up to the worst rank given (no trailing zeros).
     */
    public List<Integer> byRank() {
        List<Integer> counts = new ArrayList<>();
        for (RunPlacement p : placements) {
            if (p.kind() == PlacementKind.RANKED && p.rank() > 0) {
                while (counts.size() < p.rank()) {
                    counts.add(0);
                }
                counts.set(p.rank() - 1, counts.get(p.rank() - 1) + 1);
            }
        }
        return List.copyOf(counts);
    }

    /** Voters placed with a coach they did not rank. */
    public int unranked() {
        return count(PlacementKind.UNRANKED);
    }

    /** Participants who did not vote. */
    public int notVoted() {
        return count(PlacementKind.NOT_VOTED);
    }

    private int count(PlacementKind kind) {
        return (int) placements.stream().filter(p -> p.kind() == kind).count();
    }
}
