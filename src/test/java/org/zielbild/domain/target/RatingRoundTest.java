package org.zielbild.domain.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zielbild.domain.target.Answer.ABSTAIN;
import static org.zielbild.domain.target.Answer.NO;
import static org.zielbild.domain.target.Answer.YES;

import org.junit.jupiter.api.Test;
import org.zielbild.domain.Session;
import org.zielbild.domain.roster.AddParticipant;
import org.zielbild.domain.roster.Participant;
import org.zielbild.domain.roster.SetParticipantPresent;
import org.zielbild.testing.TargetFixture;

/** Rating rounds: show of hands, private ballots (anonymous and named), the number present, the reveal. */
class RatingRoundTest {

    private final TargetFixture f = new TargetFixture();

    private static final CountingBase PRESENT = CountingBase.PRESENT;
    private static final Threshold MAJORITY = Threshold.SIMPLE_MAJORITY;

    @Test
    void aShowOfHandsCountsTheTypedNumbersAndTheRestAbstain() {
        Session s = f.start("r1", RatingMode.SHOW_OF_HANDS, PRESENT, MAJORITY, 10, true, "st-1", "st-2");
        s = new SetHandCounts("r1", 0, new HandCounts(7, 2, 6, 3)).apply(s);
        assertThatThrownBy(() -> new RevealRatingRound("r1", true).apply(f.session))
                .hasMessageContaining("error.target.countsMissing");
        s = new SetHandCounts("r1", 1, new HandCounts(5, 5, 9, 0)).apply(s);
        s = new RevealRatingRound("r1", true).apply(s);
        var results = RoundResults.of(s.target().requireRound("r1"));
        assertThat(results.get(0).benefit().tally()).isEqualTo(new Tally(7, 2, 1));
        assertThat(results.get(0).carries()).isTrue();
        assertThat(results.get(1).benefit().tally()).isEqualTo(new Tally(5, 5, 0));
        assertThat(results.get(1).carries()).as("5 of 10 is no majority").isFalse();
        assertThat(TargetResults.standing(s.target(), "st-2")).isEqualTo(Standing.NEEDS_REWORK);
        assertThat(TargetResults.carries(s.target(), "st-1")).isTrue();
        assertThat(TargetResults.standing(s.target(), "st-3")).isEqualTo(Standing.NOT_RATED);
    }

    @Test
    void countsAboveThosePresentOrBelowZeroAreRefused() {
        Session s = f.start("r1", RatingMode.SHOW_OF_HANDS, PRESENT, MAJORITY, 9, true, "st-1");
        assertThatThrownBy(() -> new SetHandCounts("r1", 0, new HandCounts(10, 0, null, null)).apply(s))
                .hasMessageContaining("error.target.countAbovePresent");
        assertThatThrownBy(() -> new SetHandCounts("r1", 0, new HandCounts(6, 4, null, null)).apply(s))
                .hasMessageContaining("error.target.countAbovePresent");
        assertThatThrownBy(() -> new SetHandCounts("r1", 0, new HandCounts(-1, 0, null, null)).apply(s))
                .hasMessageContaining("error.target.countNegative");
        Session typed = new SetHandCounts("r1", 0, new HandCounts(6, 3, null, null)).apply(s);
        assertThatThrownBy(() -> new SetRoundPresent("r1", 8).apply(typed))
                .hasMessageContaining("error.target.presentBelowCounts");
    }

    @Test
    void aRoundNeedsSomeonePresentAndSomethingToRate() {
        assertThatThrownBy(() -> f.start("r1", RatingMode.SHOW_OF_HANDS, PRESENT, MAJORITY, 0, true, "st-1"))
                .hasMessageContaining("error.target.presentZero");
        assertThatThrownBy(() -> f.start("r1", RatingMode.PRIVATE_BALLOTS, PRESENT, MAJORITY, 20_000, true, "st-1"))
                .hasMessageContaining("error.target.presentTooMany");
        assertThatThrownBy(() -> f.start("r1", RatingMode.PRIVATE_BALLOTS, PRESENT, MAJORITY, 4, true))
                .hasMessageContaining("error.target.roundEmpty");
    }

    @Test
    void aNamedBallotRoundWithNobodyPresentIsRefused() {
        for (String p : f.board.people) {
            f.session = new SetParticipantPresent(p, false).apply(f.session);
        }
        assertThatThrownBy(() -> f.start("r1", RatingMode.PRIVATE_BALLOTS, PRESENT, MAJORITY, 4, false, "st-1"))
                .hasMessageContaining("error.target.noParticipants");
    }

    @Test
    void onlyOneRoundCollectsAtATime() {
        f.start("r1", RatingMode.PRIVATE_BALLOTS, PRESENT, MAJORITY, 4, true, "st-1");
        assertThatThrownBy(() -> f.start("r2", RatingMode.PRIVATE_BALLOTS, PRESENT, MAJORITY, 4, true, "st-2"))
                .hasMessageContaining("error.target.roundOpen");
    }

    @Test
    void anonymousBallotsNameNobodyAndKeepNoOrder() {
        Session s = f.start("r1", RatingMode.PRIVATE_BALLOTS, PRESENT, MAJORITY, 4, true, "st-1");
        assertThatThrownBy(() -> new CastRatingBallot("r1", f.ballot("p-ann", YES, YES, 1)).apply(s))
                .hasMessageContaining("error.target.anonymous");
        Session t = s;
        for (String id : new String[] {"zz", "aa", "mm"}) {
            t = new CastRatingBallot("r1", new RatingBallot(id, null, f.ballot(null, YES, NO, 1).answers())).apply(t);
        }
        assertThat(t.target().requireRound("r1").ballots()).extracting(RatingBallot::id).containsExactly("aa", "mm", "zz");
        assertThat(t.target().requireRound("r1").ballots()).extracting(RatingBallot::participantId).containsOnlyNulls();
    }

    @Test
    void aNamedRoundTakesOneBallotPerPresentParticipant() {
        Session s = f.start("r1", RatingMode.PRIVATE_BALLOTS, PRESENT, MAJORITY, 4, false, "st-1", "st-2");
        assertThatThrownBy(() -> new CastRatingBallot("r1", f.ballot(null, YES, YES, 2)).apply(s))
                .hasMessageContaining("error.target.whoIsIt");
        Session one = new CastRatingBallot("r1", f.ballot("p-ann", YES, YES, 2)).apply(s);
        assertThatThrownBy(() -> new CastRatingBallot("r1", f.ballot("p-ann", NO, NO, 2)).apply(one))
                .hasMessageContaining("error.target.alreadyVoted");
        assertThatThrownBy(() -> new CastRatingBallot("r1", f.ballot("p-ben", YES, YES, 1)).apply(one))
                .as("an answer pair for every item").hasMessageContaining("error.target.ballotIncomplete");
        Session benAway = new SetParticipantPresent("p-ben", false).apply(one);
        assertThatThrownBy(() -> new CastRatingBallot("r1", f.ballot("p-ben", YES, YES, 2)).apply(benAway))
                .hasMessageContaining("error.target.voterAbsent");
    }

    @Test
    void noMoreBallotsThanPeoplePresent() {
        Session s = f.start("r1", RatingMode.PRIVATE_BALLOTS, PRESENT, MAJORITY, 2, true, "st-1");
        s = new CastRatingBallot("r1", f.ballot(null, YES, YES, 1)).apply(s);
        s = new CastRatingBallot("r1", f.ballot(null, YES, YES, 1)).apply(s);
        Session full = s;
        assertThatThrownBy(() -> new CastRatingBallot("r1", f.ballot(null, YES, YES, 1)).apply(full))
                .hasMessageContaining("error.target.allVoted");
        assertThatThrownBy(() -> new SetRoundPresent("r1", 1).apply(full))
                .hasMessageContaining("error.target.presentBelowBallots");
        Session more = new SetRoundPresent("r1", 3).apply(full);
        assertThat(new CastRatingBallot("r1", f.ballot(null, NO, NO, 1)).apply(more).target().requireRound("r1")
                .ballots()).hasSize(3);
    }

    @Test
    void aParticipantLeavingMidRoundChangesTheBaseOnlyWhenThePresentCountIsCorrected() {
        // Four present, a named round. Ann and Ben vote yes; Dia leaves before voting.
        Session s = f.start("r1", RatingMode.PRIVATE_BALLOTS, PRESENT, MAJORITY, 4, false, "st-1");
        s = new CastRatingBallot("r1", f.ballot("p-ann", YES, YES, 1)).apply(s);
        s = new CastRatingBallot("r1", f.ballot("p-ben", YES, YES, 1)).apply(s);
        s = new SetParticipantPresent("p-dia", false).apply(s);
        // Not corrected: Dia still counts in the base, as not voting (2 of 4 is half: no majority).
        assertThat(RoundResults.item(s.target().requireRound("r1"), 0).carries()).isFalse();
        assertThat(RoundResults.item(s.target().requireRound("r1"), 0).benefit().tally()).isEqualTo(new Tally(2, 0, 2));
        // Corrected to three present: 2 of 3 is a majority.
        Session corrected = new SetRoundPresent("r1", 3).apply(s);
        assertThat(RoundResults.item(corrected.target().requireRound("r1"), 0).carries()).isTrue();
        // Ann leaves after voting: her ballot stays, she voted while present.
        Session annGone = new SetParticipantPresent("p-ann", false).apply(corrected);
        assertThat(annGone.target().requireRound("r1").ballots()).hasSize(2);
        // With the base "cast", leaving never matters: 2 yes, 0 no.
        TargetFixture g = new TargetFixture();
        Session c = g.start("r1", RatingMode.PRIVATE_BALLOTS, CountingBase.CAST, MAJORITY, 4, true, "st-1");
        c = new CastRatingBallot("r1", g.ballot(null, YES, YES, 1)).apply(c);
        c = new CastRatingBallot("r1", g.ballot(null, YES, ABSTAIN, 1)).apply(c);
        c = new CastRatingBallot("r1", g.ballot(null, NO, YES, 1)).apply(c);
        ItemResult r = RoundResults.item(c.target().requireRound("r1"), 0);
        assertThat(r.benefit().base()).isEqualTo(3);
        assertThat(r.attractive().base()).isEqualTo(2);
        assertThat(r.carries()).isTrue();
    }

    @Test
    void aRevealedRoundTakesNothingMore() {
        Session s = f.start("r1", RatingMode.PRIVATE_BALLOTS, PRESENT, MAJORITY, 4, true, "st-1");
        assertThatThrownBy(() -> new RevealRatingRound("r1", true).apply(f.session))
                .hasMessageContaining("error.target.noBallots");
        s = new CastRatingBallot("r1", f.ballot(null, YES, YES, 1)).apply(s);
        Session shown = new RevealRatingRound("r1", true).apply(s);
        assertThatThrownBy(() -> new CastRatingBallot("r1", f.ballot(null, YES, YES, 1)).apply(shown))
                .hasMessageContaining("error.target.revealed");
        assertThatThrownBy(() -> new SetRoundPresent("r1", 5).apply(shown)).hasMessageContaining("error.target.revealed");
        assertThat(shown.target().openRound()).isEmpty();
    }

    @Test
    void reworkAndReVoteKeepEveryWordingAndResult() {
        Session s = f.start("r1", RatingMode.SHOW_OF_HANDS, PRESENT, MAJORITY, 4, true, "st-3");
        s = new SetHandCounts("r1", 0, new HandCounts(1, 3, 2, 2)).apply(s);
        s = new RevealRatingRound("r1", true).apply(s);
        s = new MarkRework("st-3", true).apply(s);
        s = new EditStatementText("st-3", "Each team chooses its own tools and rituals by March.").apply(s);
        assertThat(TargetResults.rewordedSince(s.target(), s.target().requireStatement("st-3"))).isTrue();
        f.session = s;
        s = f.start("r2", RatingMode.SHOW_OF_HANDS, PRESENT, MAJORITY, 4, true, "st-3");
        s = new SetHandCounts("r2", 0, new HandCounts(4, 0, 3, 1)).apply(s);
        s = new RevealRatingRound("r2", true).apply(s);
        var history = TargetResults.history(s.target(), "st-3");
        assertThat(history).extracting(r -> r.item().wording())
                .containsExactly("Teams decide their own way of working.",
                        "Each team chooses its own tools and rituals by March.");
        assertThat(history).extracting(ItemResult::carries).containsExactly(false, true);
        assertThat(TargetResults.carries(s.target(), "st-3")).isTrue();
        assertThat(TargetResults.rewordedSince(s.target(), s.target().requireStatement("st-3"))).isFalse();
    }

    @Test
    void thePictureAsAWholeHasItsOwnGate() {
        Session s = f.start("r1", RatingMode.SHOW_OF_HANDS, PRESENT, Threshold.TWO_THIRDS, 9, true, "st-1", null);
        assertThat(TargetResults.pictureCarries(s.target())).isFalse();
        s = new SetHandCounts("r1", 0, new HandCounts(9, 0, 9, 0)).apply(s);
        s = new SetHandCounts("r1", 1, new HandCounts(6, 3, 6, 2)).apply(s);
        s = new RevealRatingRound("r1", true).apply(s);
        assertThat(TargetResults.pictureCarries(s.target())).as("6 of 9 at two thirds").isTrue();
        assertThat(TargetResults.latest(s.target(), null)).get().extracting(r -> r.item().isWholePicture()).isEqualTo(true);
    }

    @Test
    void dissentIsSeenWhenTheQuestionsDivergeOrALargeMinoritySaysNo() {
        Session s = f.start("r1", RatingMode.SHOW_OF_HANDS, PRESENT, MAJORITY, 12, true, "st-1", "st-2", "st-3");
        s = new SetHandCounts("r1", 0, new HandCounts(11, 1, 11, 1)).apply(s);
        s = new SetHandCounts("r1", 1, new HandCounts(11, 1, 5, 3)).apply(s);
        s = new SetHandCounts("r1", 2, new HandCounts(7, 5, 8, 4)).apply(s);
        var results = RoundResults.of(s.target().requireRound("r1"));
        assertThat(results).extracting(ItemResult::dissent).containsExactly(false, true, true);
        assertThat(results.get(1).diverges()).isTrue();
        assertThat(results.get(2).diverges()).isFalse();
    }

    @Test
    void aParticipantAddedLaterIsPresentByDefault() {
        Session s = AddParticipant.atEnd(new Participant("p-eve", "Eve", null)).apply(f.session);
        assertThat(s.roster().requireParticipant("p-eve").present()).isTrue();
        assertThat(s.roster().present()).hasSize(5);
    }
}
