package org.zielbild.ui.modules.coaching.assignment;

import java.util.ArrayList;
import java.util.List;
import org.zielbild.assign.Profile;
import org.zielbild.domain.Message;
import org.zielbild.domain.coaching.Coach;
import org.zielbild.domain.coaching.CoachingPolicy;
import org.zielbild.domain.roster.Participant;

/**
 * One participant's "why this coach", as data (for tests) and as sentences (for the facilitator).
 *
 * @param rank      the rank of {@code coach} on their ballot, 0 when they did not rank them or did not vote
 * @param profile   the outcome of this result (the engine's: people who did not vote count as unranked)
 * @param nonVoters how many did not vote, so differences can be told in voters
 */
public record Explanation(Participant participant, Coach coach, int rank, WhyThisCoach.Verdict verdict, boolean pinned,
                          CoachingPolicy policy, long seed, Profile profile, int nonVoters,
                          List<WhyThisCoach.Alternative> alternatives) {

    public Explanation {
        alternatives = List.copyOf(alternatives);
    }

    /** The explanation in sentences: the headline first, then one line per coach ranked higher. */
    public List<Message> lines() {
        List<Message> lines = new ArrayList<>();
        String name = participant.name();
        Message choice = rank > 0 ? Message.of("coaching.why.theirChoice", ordinal(rank)) : Message.of("coaching.why.notTheirs");
        lines.add(switch (verdict) {
            case NOT_VOTED -> Message.of(pinned ? "coaching.why.pinnedNotVoted" : "coaching.why.notVoted", name, coach.name());
            case PINNED -> Message.of("coaching.why.pinned", name, coach.name(), choice);
            case FIRST_CHOICE -> Message.of("coaching.why.first", name, coach.name());
            case LOWER_CHOICE -> Message.of("coaching.why.lower", name, coach.name(), ordinal(rank));
            case NOT_RANKED -> Message.of("coaching.why.unranked", name, coach.name());
        });
        for (WhyThisCoach.Alternative a : alternatives) {
            Object which = a.coach().name();
            Object r = ordinal(a.rank());
            lines.add(switch (a.finding()) {
                case WORSE -> Message.of("coaching.why.worse", which, r, ListText.of(differences(a.with())));
                case TIE -> Message.of("coaching.why.tie", which, r, seed);
                case FORBIDDEN -> Message.of("coaching.why.forbidden", which, r);
                case FULL_OF_PINS -> Message.of("coaching.why.fullOfPins", which, r, a.coach().capacity());
                case IMPOSSIBLE -> Message.of("coaching.why.impossible", which, r);
            });
        }
        return lines;
    }

    /** Where the outcome with the participant elsewhere differs from this one, rank by rank, in voters. */
    List<Message> differences(Profile with) {
        List<Message> out = new ArrayList<>();
        int worst = Math.max(profile.byRank().size(), with.byRank().size());
        for (int r = 1; r <= worst; r++) {
            if (profile.count(r) != with.count(r)) {
                out.add(Message.of("coaching.why.change", ordinal(r), profile.count(r), with.count(r)));
            }
        }
        if (profile.unranked() != with.unranked()) {
            out.add(Message.of("coaching.why.changeUnranked", profile.unranked() - nonVoters, with.unranked() - nonVoters));
        }
        return out;
    }

    static Message ordinal(int rank) {
        return Message.of("coaching.ordinal", rank);
    }
}
