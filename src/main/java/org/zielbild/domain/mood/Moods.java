package org.zielbild.domain.mood;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.ListIndex;
import org.zielbild.domain.roster.Roster;

/** The session's mood rounds (check-ins and check-outs), in the order they were started. */
public record Moods(List<MoodRound> rounds) {

    public Moods {
        rounds = rounds == null ? List.of() : List.copyOf(rounds);
    }

    public static Moods empty() {
        return new Moods(List.of());
    }

    public Optional<MoodRound> round(String id) {
        return rounds.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public MoodRound requireRound(String id) {
        return round(id).orElseThrow(() -> DomainException.of("error.mood.noRound"));
    }

    /** The latest round of a stage, if one was started. */
    public Optional<MoodRound> latestOf(String stageId) {
        return rounds.stream().filter(r -> r.stageId().equals(stageId)).reduce((a, b) -> b);
    }

    /** The latest round of a kind, e.g. the check-in a check-out is compared with. */
    public Optional<MoodRound> latest(MoodKind kind) {
        return rounds.stream().filter(r -> r.kind() == kind).reduce((a, b) -> b);
    }

    public int indexOf(String roundId) {
        for (int i = 0; i < rounds.size(); i++) {
            if (rounds.get(i).id().equals(roundId)) {
                return i;
            }
        }
        return -1;
    }

    Moods withRoundAt(int index, MoodRound round, Roster roster) {
        if (round(round.id()).isPresent()) {
            throw DomainException.of("error.duplicateId", round.id());
        }
        // Entries go through the same checks as when they were first added.
        MoodRound checked = new MoodRound(round.id(), round.stageId(), round.kind(), round.anonymous(), false,
                List.of(), round.startedAt());
        for (MoodEntry e : round.entries()) {
            checked = checked.withEntry(e, roster);
        }
        List<MoodRound> list = new ArrayList<>(rounds);
        list.add(ListIndex.clamp(index, list.size()), checked.withRevealed(round.revealed()));
        return new Moods(list);
    }

    Moods withoutRound(String roundId) {
        List<MoodRound> list = new ArrayList<>(rounds);
        list.remove(requireRound(roundId));
        return new Moods(list);
    }

    Moods withRoundUpdated(String roundId, UnaryOperator<MoodRound> update) {
        MoodRound old = requireRound(roundId);
        List<MoodRound> list = new ArrayList<>(rounds);
        list.set(list.indexOf(old), update.apply(old));
        return new Moods(list);
    }
}
