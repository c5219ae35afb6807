package org.zielbild.domain.target;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The majority gate: thresholds, ties, abstentions, the two counting bases, the margin. */
class GateTest {

    private static GateResult gate(int yesB, int noB, int yesA, int noA, int present, CountingBase base, Threshold t) {
        return Gate.evaluate(new Tally(yesB, noB, present - yesB - noB), new Tally(yesA, noA, present - yesA - noA),
                base, t);
    }

    @Test
    void exactlyHalfIsNoSimpleMajority() {
        assertThat(Threshold.SIMPLE_MAJORITY.reached(5, 10)).isFalse();
        assertThat(Threshold.SIMPLE_MAJORITY.reached(6, 10)).isTrue();
        assertThat(Threshold.SIMPLE_MAJORITY.reached(5, 9)).isTrue();
        assertThat(Threshold.SIMPLE_MAJORITY.reached(4, 9)).isFalse();
        assertThat(gate(5, 5, 8, 2, 10, CountingBase.PRESENT, Threshold.SIMPLE_MAJORITY).carries()).isFalse();
        assertThat(Threshold.SIMPLE_MAJORITY.needed(10)).isEqualTo(6);
        assertThat(Threshold.SIMPLE_MAJORITY.needed(9)).isEqualTo(5);
    }

    @Test
    void twoThirdsAndThreeQuartersAreAtLeastThatFraction() {
        assertThat(Threshold.TWO_THIRDS.reached(6, 9)).as("6 of 9 carries at two thirds").isTrue();
        assertThat(Threshold.TWO_THIRDS.reached(5, 9)).isFalse();
        assertThat(Threshold.TWO_THIRDS.reached(7, 10)).isTrue();
        assertThat(Threshold.TWO_THIRDS.reached(6, 10)).isFalse();
        assertThat(Threshold.TWO_THIRDS.needed(9)).isEqualTo(6);
        assertThat(Threshold.TWO_THIRDS.needed(10)).isEqualTo(7);
        assertThat(Threshold.THREE_QUARTERS.reached(3, 4)).isTrue();
        assertThat(Threshold.THREE_QUARTERS.reached(6, 8)).isTrue();
        assertThat(Threshold.THREE_QUARTERS.reached(7, 10)).isFalse();
        assertThat(Threshold.THREE_QUARTERS.needed(10)).isEqualTo(8);
        assertThat(Threshold.THREE_QUARTERS.needed(23)).isEqualTo(18);
    }

    @Test
    void bothQuestionsMustReachTheThreshold() {
        GateResult r = gate(7, 3, 4, 6, 10, CountingBase.PRESENT, Threshold.SIMPLE_MAJORITY);
        assertThat(r.benefit().met()).isTrue();
        assertThat(r.attractive().met()).isFalse();
        assertThat(r.carries()).isFalse();
        assertThat(r.attractive().missing()).as("2 more yes needed for attractive").isEqualTo(2);
        assertThat(r.benefit().missing()).isZero();
    }

    @Test
    void abstentionsCountAgainstWithBasePresentButNotWithBaseCast() {
        // 10 present: 5 yes, 2 no, 3 abstain.
        GateResult present = gate(5, 2, 5, 2, 10, CountingBase.PRESENT, Threshold.SIMPLE_MAJORITY);
        GateResult cast = gate(5, 2, 5, 2, 10, CountingBase.CAST, Threshold.SIMPLE_MAJORITY);
        assertThat(present.benefit().base()).isEqualTo(10);
        assertThat(present.carries()).isFalse();
        assertThat(present.benefit().missing()).isEqualTo(1);
        assertThat(cast.benefit().base()).isEqualTo(7);
        assertThat(cast.carries()).isTrue();
    }

    @Test
    void aTieAmongTheVotesCastDoesNotCarry() {
        GateResult r = gate(4, 4, 4, 4, 12, CountingBase.CAST, Threshold.SIMPLE_MAJORITY);
        assertThat(r.benefit().base()).isEqualTo(8);
        assertThat(r.carries()).isFalse();
        assertThat(r.benefit().missing()).isEqualTo(1);
    }

    @Test
    void nobodyVotingYesOrNoNeverCarries() {
        GateResult r = gate(0, 0, 0, 0, 5, CountingBase.CAST, Threshold.TWO_THIRDS);
        assertThat(r.benefit().base()).isZero();
        assertThat(r.carries()).isFalse();
        assertThat(r.benefit().needed()).isEqualTo(1);
        assertThat(r.benefit().yesShare()).isZero();
    }

    @Test
    void unanimityCarriesAtEveryThreshold() {
        for (Threshold t : Threshold.values()) {
            for (CountingBase b : CountingBase.values()) {
                assertThat(gate(1, 0, 1, 0, 1, b, t).carries()).as(t + " " + b).isTrue();
                assertThat(gate(23, 0, 23, 0, 23, b, t).carries()).as(t + " " + b).isTrue();
            }
        }
    }
}
