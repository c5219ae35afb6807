package org.zielbild.domain.target;

import java.util.ArrayList;
import java.util.List;

/**
 * Counting a round, as pure functions of what it stores: a show of hands counts what was typed (the
 * rest of those present abstain), private ballots count the ballots (those present who did not vote
 * count as abstaining). The same numbers for the laptop, the projector after the reveal, the
 * minutes and the mandates.
 */
public final class RoundResults {

    private RoundResults() {
    }

    /** Every item of the round, counted, in the round's order (whether revealed or not: callers decide who may see it). */
    public static List<ItemResult> of(RatingRound round) {
        List<ItemResult> out = new ArrayList<>(round.items().size());
        for (int i = 0; i < round.items().size(); i++) {
            out.add(item(round, i));
        }
        return out;
    }

    /** The i-th item of the round, counted. */
    public static ItemResult item(RatingRound round, int index) {
        RoundItem item = round.items().get(index);
        Tally benefit;
        Tally attractive;
        if (round.mode() == RatingMode.SHOW_OF_HANDS) {
            HandCounts h = item.hands();
            benefit = fromCounts(HandCounts.of(h.benefitYes()), HandCounts.of(h.benefitNo()), round.present());
            attractive = fromCounts(HandCounts.of(h.attractiveYes()), HandCounts.of(h.attractiveNo()), round.present());
        } else {
            int[] counts = new int[4];
            for (RatingBallot b : round.ballots()) {
                BallotAnswer a = b.answers().get(index);
                counts[0] += a.benefit() == Answer.YES ? 1 : 0;
                counts[1] += a.benefit() == Answer.NO ? 1 : 0;
                counts[2] += a.attractive() == Answer.YES ? 1 : 0;
                counts[3] += a.attractive() == Answer.NO ? 1 : 0;
            }
            benefit = fromCounts(counts[0], counts[1], round.present());
            attractive = fromCounts(counts[2], counts[3], round.present());
        }
        return new ItemResult(round, item, Gate.evaluate(benefit, attractive, round.base(), round.threshold()));
    }

    private static Tally fromCounts(int yes, int no, int present) {
        return new Tally(yes, no, Math.max(0, present - yes - no));
    }
}
