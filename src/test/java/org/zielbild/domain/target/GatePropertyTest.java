package org.zielbild.domain.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zielbild.domain.Session;
import org.zielbild.testing.TargetFixture;

/**
 * Property, seeded: for random rooms, thresholds, bases and ballots, the gate the domain computes
 * equals a direct count over the ballots with the rule written out here in the plainest way.
 */
class GatePropertyTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 7, 42, 2026, 31337, 20261123})
    void theGateEqualsADirectCountOverTheBallots(long seed) {
        Random random = new Random(seed);
        for (int trial = 0; trial < 150; trial++) {
            TargetFixture f = new TargetFixture();
            int present = 1 + random.nextInt(30);
            CountingBase base = CountingBase.values()[random.nextInt(2)];
            Threshold threshold = Threshold.values()[random.nextInt(3)];
            Session s = f.start("r", RatingMode.PRIVATE_BALLOTS, base, threshold, present, true, "st-1", "st-2", null);
            int voters = random.nextInt(present + 1);
            List<RatingBallot> cast = new ArrayList<>();
            for (int v = 0; v < voters; v++) {
                List<BallotAnswer> answers = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    answers.add(new BallotAnswer(Answer.values()[random.nextInt(3)], Answer.values()[random.nextInt(3)]));
                }
                RatingBallot b = new RatingBallot("b" + random.nextInt(1_000_000) + "-" + v, null, answers);
                cast.add(b);
                s = new CastRatingBallot("r", b).apply(s);
            }
            RatingRound round = s.target().requireRound("r");
            for (int i = 0; i < 3; i++) {
                ItemResult r = RoundResults.item(round, i);
                boolean benefit = direct(cast, i, true, present, base, threshold);
                boolean attractive = direct(cast, i, false, present, base, threshold);
                String what = "seed " + seed + " trial " + trial + " item " + i + " " + base + " " + threshold
                        + " present " + present;
                assertThat(r.benefit().met()).as(what + " benefit").isEqualTo(benefit);
                assertThat(r.attractive().met()).as(what + " attractive").isEqualTo(attractive);
                assertThat(r.carries()).as(what).isEqualTo(benefit && attractive);
                assertThat(r.benefit().tally().present()).as(what).isEqualTo(present);
                if (!r.benefit().met() && r.benefit().base() == 0) {
                    assertThat(r.benefit().missing()).as(what + ": nobody said yes or no, one yes would carry").isEqualTo(1);
                } else if (!r.benefit().met()) {
                    // The margin is exactly what would tip it: that many more yes (same base) carry the question.
                    int more = r.benefit().missing();
                    assertThat(reached(yes(cast, i, true) + more, r.benefit().base(), threshold)).as(what).isTrue();
                    assertThat(reached(yes(cast, i, true) + more - 1, r.benefit().base(), threshold)).as(what).isFalse();
                }
            }
        }
    }

    private static int yes(List<RatingBallot> ballots, int item, boolean benefit) {
        return (int) ballots.stream().map(b -> b.answers().get(item))
                .filter(a -> (benefit ? a.benefit() : a.attractive()) == Answer.YES).count();
    }

    private static boolean direct(List<RatingBallot> ballots, int item, boolean benefit, int present, CountingBase base,
                                  Threshold threshold) {
        int yes = yes(ballots, item, benefit);
        int no = (int) ballots.stream().map(b -> b.answers().get(item))
                .filter(a -> (benefit ? a.benefit() : a.attractive()) == Answer.NO).count();
        int of = base == CountingBase.PRESENT ? present : yes + no;
        return reached(yes, of, threshold);
    }

    /** The rule in words: a majority is more than half; the others are at least that fraction (as real numbers). */
    private static boolean reached(int yes, int of, Threshold threshold) {
        if (of == 0) {
            return false;
        }
        double share = (double) yes / of;
        return switch (threshold) {
            case SIMPLE_MAJORITY -> share > 0.5;
            case TWO_THIRDS -> yes * 3 >= of * 2;
            case THREE_QUARTERS -> share >= 0.75;
        };
    }
}
