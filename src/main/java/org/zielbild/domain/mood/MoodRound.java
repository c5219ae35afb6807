package org.zielbild.domain.mood;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.roster.Participant;
import org.zielbild.domain.roster.Roster;

/**
 * A mood check-in or check-out. Anonymous rounds store no participant at all, and entries are
 * kept sorted by their random id, so not even their order tells who came first.
 *
 * @param anonymous fixed when the round starts
 * @param revealed  whether the projector shows the results; while shown, entries cannot be added
 *                  or removed (each change would show in the chart)
 */
public record MoodRound(String id, String stageId, MoodKind kind, boolean anonymous, boolean revealed,
                        List<MoodEntry> entries, Instant startedAt) {

    public MoodRound {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(stageId, "stageId");
        Objects.requireNonNull(kind, "kind");
        entries = entries == null ? List.of()
                : entries.stream().sorted(Comparator.comparing(MoodEntry::id)).toList();
    }

    /** A new round without entries. */
    public static MoodRound start(String id, String stageId, MoodKind kind, boolean anonymous, Instant startedAt) {
        return new MoodRound(id, stageId, kind, anonymous, false, List.of(), startedAt);
    }

    public Optional<MoodEntry> entry(String entryId) {
        return entries.stream().filter(e -> e.id().equals(entryId)).findFirst();
    }

    public Optional<MoodEntry> entryOf(String participantId) {
        return entries.stream().filter(e -> participantId.equals(e.participantId())).findFirst();
    }

    MoodRound withRevealed(boolean newRevealed) {
        return new MoodRound(id, stageId, kind, anonymous, newRevealed, entries, startedAt);
    }

    MoodRound withEntry(MoodEntry raw, Roster roster) {
        if (revealed) {
            throw DomainException.of("error.mood.revealed");
        }
        MoodEntry e = raw.validated();
        if (entry(e.id()).isPresent()) {
            throw DomainException.of("error.duplicateId", e.id());
        }
        if (anonymous && e.participantId() != null) {
            throw DomainException.of("error.mood.anonymous");
        }
        if (!anonymous) {
            if (e.participantId() == null) {
                throw DomainException.of("error.mood.whoIsIt");
            }
            Participant p = roster.requireParticipant(e.participantId());
            if (entryOf(p.id()).isPresent()) {
                throw DomainException.of("error.mood.already", p.name());
            }
        }
        List<MoodEntry> list = new ArrayList<>(entries);
        list.add(e);
        return new MoodRound(id, stageId, kind, anonymous, revealed, list, startedAt);
    }

    MoodRound withoutEntry(String entryId) {
        if (revealed) {
            throw DomainException.of("error.mood.revealed");
        }
        MoodEntry e = entry(entryId).orElseThrow(() -> DomainException.of("error.mood.noEntry"));
        List<MoodEntry> list = new ArrayList<>(entries);
        list.remove(e);
        return new MoodRound(id, stageId, kind, anonymous, revealed, list, startedAt);
    }
}
