package org.zielbild.assign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zielbild.assign.AssignmentException.Source;

/** Every kind of bad input is refused with one message that names who or what is wrong. */
class BadProblemTest {

    private static final List<Coach> TWO_COACHES = List.of(new Coach("Anna", 2), new Coach("Ben", 1));

    private static AssignmentException refused(AssignmentProblem problem) {
        AssignmentException e = catchThrowableOfType(AssignmentException.class,
                () -> AssignmentEngine.assign(problem, Policy.RANK_MAXIMAL));
        assertThat(e).as("refused").isNotNull();
        return e;
    }

    private static void assertRefused(AssignmentProblem problem, Source source, int index, String message) {
        AssignmentException e = refused(problem);
        assertThat(e.getMessage()).isEqualTo(message);
        assertThat(e.source()).isEqualTo(source);
        assertThat(e.index()).isEqualTo(index);
    }

    private static AssignmentProblem ballots(CoachRanking... ballots) {
        return AssignmentProblem.of(TWO_COACHES, List.of(ballots));
    }

    @Test
    void totalCapacityBelowTheNumberOfParticipants() {
        assertRefused(ballots(CoachRanking.of("P1"), CoachRanking.of("P2"), CoachRanking.of("P3"), CoachRanking.of("P4")),
                Source.WHOLE_PROBLEM, -1,
                "the coaches have 3 places in total but there are 4 participants; raise a capacity or add a coach");
    }

    @Test
    void unknownCoachInABallot() {
        assertRefused(ballots(CoachRanking.of("P1", "Anna"), CoachRanking.of("P2", "Ben", "Zoe")), Source.BALLOTS, 1,
                "participant \"P2\" ranks unknown coach \"Zoe\"");
    }

    @Test
    void unknownCoachThatDiffersOnlyInCaseGetsAHint() {
        assertRefused(ballots(CoachRanking.of("P1", "anna")), Source.BALLOTS, 0,
                "participant \"P1\" ranks unknown coach \"anna\" (did you mean \"Anna\"?)");
    }

    @Test
    void coachListedTwiceInOneBallot() {
        assertRefused(ballots(CoachRanking.of("P1", "Anna", "Ben", "Anna")), Source.BALLOTS, 0,
                "participant \"P1\" ranks coach \"Anna\" twice (choices 1 and 3)");
    }

    @Test
    void emptyChoiceInABallot() {
        assertRefused(ballots(CoachRanking.of("P1", "Anna", " ")), Source.BALLOTS, 0,
                "participant \"P1\" has an empty choice 2");
    }

    @Test
    void participantListedTwice() {
        assertRefused(ballots(CoachRanking.of("Jörg", "Anna"), CoachRanking.of("Jörg", "Ben")), Source.BALLOTS, 1,
                "participant \"Jörg\" is listed twice");
    }

    @Test
    void participantWithoutName() {
        assertRefused(ballots(CoachRanking.of("P1"), CoachRanking.of("")), Source.BALLOTS, 1, "ballot number 2 has no participant name");
    }

    @Test
    void negativeCapacity() {
        assertRefused(AssignmentProblem.of(List.of(new Coach("Anna", 2), new Coach("Ben", -1)), List.of()),
                Source.COACHES, 1, "coach \"Ben\" has a negative capacity (-1)");
    }

    @Test
    void coachListedTwice() {
        assertRefused(AssignmentProblem.of(List.of(new Coach("Anna", 2), new Coach("Anna", 1)), List.of()),
                Source.COACHES, 1, "coach \"Anna\" is listed twice");
    }

    @Test
    void noCoaches() {
        assertRefused(AssignmentProblem.of(List.of(), List.of(CoachRanking.of("P1"))), Source.WHOLE_PROBLEM, -1,
                "there are no coaches");
    }

    @Test
    void moreLocksThanACoachHasPlaces() {
        assertRefused(ballots(CoachRanking.of("P1"), CoachRanking.of("P2")).withLocks(List.of(new Lock("P1", "Ben"), new Lock("P2", "Ben"))),
                Source.LOCKS, 1, "participant \"P2\" is locked to coach \"Ben\", but more participants are locked"
                        + " to \"Ben\" than their capacity of 1");
    }

    @Test
    void lockOnAForbiddenPair() {
        assertRefused(ballots(CoachRanking.of("P1")).withForbidden(List.of(new ForbiddenPair("P1", "Anna")))
                        .withLocks(List.of(new Lock("P1", "Anna"))),
                Source.LOCKS, 0, "participant \"P1\" is locked to coach \"Anna\", but that pair is forbidden");
    }

    @Test
    void participantLockedToTwoCoaches() {
        assertRefused(ballots(CoachRanking.of("P1")).withLocks(List.of(new Lock("P1", "Anna"), new Lock("P1", "Ben"))),
                Source.LOCKS, 1, "participant \"P1\" is locked to coach \"Ben\" and also to coach \"Anna\"");
    }

    @Test
    void lockOrForbiddenPairWithUnknownNames() {
        assertRefused(ballots(CoachRanking.of("P1")).withLocks(List.of(new Lock("P9", "Anna"))),
                Source.LOCKS, 0, "unknown participant \"P9\" (no ballot)");
        assertRefused(ballots(CoachRanking.of("P1")).withForbidden(List.of(new ForbiddenPair("P1", "Zoe"))),
                Source.FORBIDDEN, 0, "unknown coach \"Zoe\"");
    }

    @Test
    void forbiddenPairsThatLeaveTooFewPlaces() {
        // Enough places overall (3 for 3), but P1 and P2 may only go to Ben, who has one.
        AssignmentProblem problem = ballots(CoachRanking.of("P1", "Anna"), CoachRanking.of("P2"), CoachRanking.of("P3"))
                .withForbidden(List.of(new ForbiddenPair("P1", "Anna"), new ForbiddenPair("P2", "Anna")));
        assertRefused(problem, Source.WHOLE_PROBLEM, -1, "cannot place everyone: 2 participants (\"P1\", \"P2\")"
                + " can only go to coach \"Ben\", which has 1 free place left after locks;"
                + " check the forbidden pairs and locks");
    }

    @Test
    void lockThatTakesTheOnlyAllowedPlace() {
        AssignmentProblem problem = ballots(CoachRanking.of("P1"), CoachRanking.of("P2"), CoachRanking.of("P3"))
                .withLocks(List.of(new Lock("P3", "Ben")))
                .withForbidden(List.of(new ForbiddenPair("P1", "Anna")));
        assertRefused(problem, Source.WHOLE_PROBLEM, -1, "cannot place everyone: participant \"P1\""
                + " can only go to coach \"Ben\", which has 0 free places left after locks;"
                + " check the forbidden pairs and locks");
    }

    @Test
    void participantForbiddenEverywhere() {
        AssignmentProblem problem = ballots(CoachRanking.of("P1"))
                .withForbidden(List.of(new ForbiddenPair("P1", "Anna"), new ForbiddenPair("P1", "Ben")));
        assertRefused(problem, Source.WHOLE_PROBLEM, -1,
                "cannot place everyone: participant \"P1\" may not go to any coach; check the forbidden pairs");
    }
}
