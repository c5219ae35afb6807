package org.zielbild.domain.board;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.zielbild.domain.DomainException;

/**
 * A dot vote on a board. Each participant has {@code dotsPerParticipant} dots, at most
 * {@code maxPerNote} on one note (0 = no limit). Results stay hidden until {@code revealed};
 * while revealed, no dots can be placed or taken back. The limits are checked when a dot is
 * placed ({@link PlaceDot}), so no sequence of changes can exceed them.
 */
public record DotVote(String id, int dotsPerParticipant, int maxPerNote, boolean revealed, List<DotBallot> ballots,
                      Instant startedAt) {

    public static final int DEFAULT_DOTS = 3;
    public static final int MAX_DOTS = 20;

    public DotVote {
        Objects.requireNonNull(id, "id");
        // Sorted by participant: one order whatever way the dots came (undo, replay), and it tells no voting order.
        ballots = ballots == null ? List.of()
                : ballots.stream().sorted(java.util.Comparator.comparing(DotBallot::participantId)).toList();
    }

    /** A new vote with no dots yet. */
    public static DotVote start(String id, int dotsPerParticipant, int maxPerNote, Instant startedAt) {
        return new DotVote(id, dotsPerParticipant, maxPerNote, false, List.of(), startedAt);
    }

    public Optional<DotBallot> ballot(String participantId) {
        return ballots.stream().filter(b -> b.participantId().equals(participantId)).findFirst();
    }

    /** Dots the participant has placed. */
    public int used(String participantId) {
        return ballot(participantId).map(DotBallot::total).orElse(0);
    }

    public int left(String participantId) {
        return dotsPerParticipant - used(participantId);
    }

    /** Dots per note, over all ballots. */
    public Map<String, Integer> totals() {
        Map<String, Integer> totals = new HashMap<>();
        ballots.forEach(b -> b.dots().forEach((note, n) -> totals.merge(note, n, Integer::sum)));
        return totals;
    }

    /** How many participants have placed at least one dot (never who). */
    public int voters() {
        return (int) ballots.stream().filter(b -> b.total() > 0).count();
    }

    DotVote withRevealed(boolean newRevealed) {
        return new DotVote(id, dotsPerParticipant, maxPerNote, newRevealed, ballots, startedAt);
    }

    DotVote withBallot(DotBallot ballot) {
        List<DotBallot> list = new ArrayList<>(ballots);
        int i = indexOf(ballot.participantId());
        if (i >= 0) {
            list.remove(i);
        }
        if (!ballot.dots().isEmpty()) {
            list.add(ballot);
        }
        return new DotVote(id, dotsPerParticipant, maxPerNote, revealed, list, startedAt);
    }

    DotVote withoutNotes(java.util.Set<String> noteIds) {
        List<DotBallot> list = ballots.stream().map(b -> b.without(noteIds)).filter(b -> !b.dots().isEmpty()).toList();
        return new DotVote(id, dotsPerParticipant, maxPerNote, revealed, list, startedAt);
    }

    private int indexOf(String participantId) {
        for (int i = 0; i < ballots.size(); i++) {
            if (ballots.get(i).participantId().equals(participantId)) {
                return i;
            }
        }
        return -1;
    }

    DotVote validated() {
        if (dotsPerParticipant < 1 || dotsPerParticipant > MAX_DOTS) {
            throw DomainException.of("error.vote.dots", 1, MAX_DOTS);
        }
        if (maxPerNote < 0 || maxPerNote > dotsPerParticipant) {
            throw DomainException.of("error.vote.maxPerNote", dotsPerParticipant);
        }
        return this;
    }
}
