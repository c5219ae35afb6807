package org.zielbild.ui.modules.coaching.assignment;

import java.util.ArrayList;
import java.util.List;
import org.zielbild.assign.Assignment;
import org.zielbild.assign.AssignmentEngine;
import org.zielbild.assign.AssignmentException;
import org.zielbild.assign.Placement;
import org.zielbild.assign.Profile;
import org.zielbild.domain.coaching.Coach;
import org.zielbild.domain.coaching.CoachingPolicy;
import org.zielbild.domain.roster.Participant;

/**
 * "Why this coach?" for one participant, true for this result and policy: which choice they got,
 * and for each coach they ranked higher what the group would lose if they went there instead. That
 * is found by computing again with them pinned there and comparing the best outcome then with this
 * one under the policy: worse (and how), just as good (a tie the seed decided), or not possible (a
 * forbidden pair, a coach full of pinned people, or no way to place everyone). Rules of thumb such as
 * "that coach was full with people who ranked them higher" are not true of an optimal assignment in
 * general, so none is used.
 */
public final class WhyThisCoach {

    /** What happened to the participant. */
    public enum Verdict { FIRST_CHOICE, LOWER_CHOICE, NOT_RANKED, PINNED, NOT_VOTED }

    /** What would follow from going to a coach ranked higher. */
    public enum Finding { WORSE, TIE, FORBIDDEN, FULL_OF_PINS, IMPOSSIBLE }

    /** @param with the best outcome with the participant there (null when not possible) */
    public record Alternative(Coach coach, int rank, Finding finding, Profile with) {
    }

    private WhyThisCoach() {
    }

    public static Explanation explain(AssignmentAdapter.Computed computed, String participantId) {
        AssignmentInput input = computed.input();
        Assignment result = computed.engine();
        int index = indexOf(input.participants(), participantId);
        Participant who = input.participants().get(index);
        Placement placed = result.placements().get(index);
        Coach coach = coachNamed(input, placed.coach());
        boolean voted = input.voters().contains(participantId);
        CoachingPolicy policy = computed.run().policy();
        Verdict verdict = !voted ? Verdict.NOT_VOTED : placed.locked() ? Verdict.PINNED
                : placed.rank() == 1 ? Verdict.FIRST_CHOICE : placed.isRanked() ? Verdict.LOWER_CHOICE : Verdict.NOT_RANKED;
        List<Alternative> alternatives = new ArrayList<>();
        if (verdict == Verdict.LOWER_CHOICE || verdict == Verdict.NOT_RANKED) {
            List<String> ranking = input.rankingOf(who);
            int higher = placed.isRanked() ? placed.rank() - 1 : ranking.size();
            for (int r = 1; r <= higher; r++) {
                alternatives.add(alternative(computed, who, coachNamed(input, ranking.get(r - 1)), r, policy));
            }
        }
        return new Explanation(who, coach, placed.rank(), verdict, placed.locked(), policy, result.seed(),
                result.profile(), input.participants().size() - input.voters().size(), alternatives);
    }

    private static Alternative alternative(AssignmentAdapter.Computed computed, Participant who, Coach there, int rank,
                                           CoachingPolicy policy) {
        AssignmentInput input = computed.input();
        boolean forbidden = input.problem().forbidden().stream()
                .anyMatch(f -> f.participant().equals(who.name()) && f.coach().equals(there.name()));
        if (forbidden) {
            return new Alternative(there, rank, Finding.FORBIDDEN, null);
        }
        long pinned = input.problem().locks().stream().filter(l -> l.coach().equals(there.name())).count();
        if (pinned >= there.capacity()) {
            return new Alternative(there, rank, Finding.FULL_OF_PINS, null);
        }
        Profile with;
        try {
            with = AssignmentEngine.assign(input.withLock(who, there).problem(), ProfileOrder.engine(policy),
                    computed.engine().seed()).profile();
        } catch (AssignmentException e) {
            return new Alternative(there, rank, Finding.IMPOSSIBLE, null);
        }
        int order = ProfileOrder.compare(policy, with, computed.engine().profile());
        if (order < 0) {
            throw new IllegalStateException("the engine's result was not optimal for " + who.name() + " at " + there.name());
        }
        return new Alternative(there, rank, order == 0 ? Finding.TIE : Finding.WORSE, with);
    }

    private static Coach coachNamed(AssignmentInput input, String name) {
        return input.coaches().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static int indexOf(List<Participant> people, String id) {
        for (int i = 0; i < people.size(); i++) {
            if (people.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("not in this result: " + id);
    }
}
