package org.zielbild.domain.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zielbild.domain.Change;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Language;
import org.zielbild.domain.Session;
import org.zielbild.domain.day.FreeTimer;
import org.zielbild.domain.day.StartFreeTimer;
import org.zielbild.domain.day.Timing;
import org.zielbild.domain.roster.AddParticipants;
import org.zielbild.domain.roster.Participant;
import org.zielbild.domain.roster.RemoveParticipant;
import org.zielbild.testing.Sessions;

class CoachingChangesTest {

    private static final Instant T0 = Instant.parse("2026-11-24T13:00:00Z");

    private Session s = apply(new AddParticipants(List.of(new Participant("p1", "Ann", null),
            new Participant("p2", "Ben", null), new Participant("p3", "Cem", null))),
            Sessions.templateDay(Language.EN));

    private static Session apply(Change c, Session session) {
        return c.apply(session);
    }

    private void does(Change... changes) {
        for (Change c : changes) {
            s = c.apply(s);
        }
    }

    private String refusal(Change c) {
        try {
            c.apply(s);
        } catch (DomainException e) {
            return e.userMessage().key();
        }
        throw new AssertionError("not refused: " + c);
    }

    private void threeCoaches() {
        does(AddCoach.atEnd(Coach.of("a", "Anna Weber", 2)), AddCoach.atEnd(Coach.of("b", "Bernd Köhler", 1)),
                AddCoach.atEnd(Coach.of("c", "Chiara Rossi", 1)));
    }

    @Test
    void coachNamesAreUniqueIgnoringCaseAndAreCleaned() {
        does(AddCoach.atEnd(new Coach("a", "  Anna   Weber ", "Systemic\r\ncoaching", "", " DE, EN ", 3)));
        Coach anna = s.coaching().requireCoach("a");
        assertThat(anna.name()).isEqualTo("Anna Weber");
        assertThat(anna.style()).isEqualTo("Systemic\ncoaching");
        assertThat(anna.languages()).isEqualTo("DE, EN");
        assertThat(refusal(AddCoach.atEnd(Coach.of("b", "anna weber", 1)))).isEqualTo("error.coaching.duplicateName");
        assertThat(refusal(AddCoach.atEnd(Coach.of("b", " ", 1)))).isEqualTo("error.coaching.nameEmpty");
        assertThat(refusal(AddCoach.atEnd(Coach.of("b", "Ben", -1)))).isEqualTo("error.coaching.capacity");
        assertThat(s.coaching().pitchOrder()).containsExactly("a");
    }

    @Test
    void removingACoachKeepsTheBallotsOrderWithoutThemAndUndoBringsBackPinsPairsAndQuestions() {
        threeCoaches();
        does(new CastCoachBallot(new CoachBallot("p1", List.of("b", "a", "c"))), new SetPin("p2", "b"),
                new AddForbiddenPair(new ForbiddenPair("p3", "b")),
                new AddQuestion(new Question("q1", "b", "How often do we meet?", "Ann", false, T0, 1)));
        Session before = s;
        Change remove = new RemoveCoach("b");
        does(remove);
        assertThat(s.coaching().ballotOf("p1").orElseThrow().rankingAmong(s.coaching().coachIds())).containsExactly("a", "c");
        assertThat(s.coaching().pins()).isEmpty();
        assertThat(s.coaching().forbidden()).isEmpty();
        assertThat(s.coaching().questions()).isEmpty();
        assertThat(remove.inverse(before).apply(s)).isEqualTo(before);
    }

    @Test
    void pinsRespectForbiddenPairsAndCapacity() {
        threeCoaches();
        does(new AddForbiddenPair(new ForbiddenPair("p1", "c")), new SetPin("p2", "b"));
        assertThat(refusal(new SetPin("p1", "c"))).isEqualTo("error.coaching.pinForbidden");
        assertThat(refusal(new SetPin("p3", "b"))).isEqualTo("error.coaching.pinFull");
        assertThat(refusal(new AddForbiddenPair(new ForbiddenPair("p2", "b")))).isEqualTo("error.coaching.forbidPinned");
        assertThat(refusal(new EditCoach(s.coaching().requireCoach("b").withCapacity(0))))
                .isEqualTo("error.coaching.capacityBelowPins");
        does(new SetPin("p2", "a"));
        assertThat(s.coaching().pinOf("p2").orElseThrow().coachId()).isEqualTo("a");
    }

    @Test
    void aBallotRanksKnownCoachesOnceAndOnlyOncePerPerson() {
        threeCoaches();
        assertThat(refusal(new CastCoachBallot(new CoachBallot("p1", List.of())))).isEqualTo("error.coaching.emptyRanking");
        assertThat(refusal(new CastCoachBallot(new CoachBallot("p1", List.of("a", "a"))))).isEqualTo("error.coaching.rankedTwice");
        assertThat(refusal(new CastCoachBallot(new CoachBallot("p1", List.of("x"))))).isEqualTo("error.coaching.noCoach");
        assertThat(refusal(new CastCoachBallot(new CoachBallot("nobody", List.of("a"))))).isEqualTo("error.participant.unknown");
        does(new CastCoachBallot(new CoachBallot("p1", List.of("a"))));
        assertThat(refusal(new CastCoachBallot(new CoachBallot("p1", List.of("b"))))).isEqualTo("error.coaching.alreadyVoted");
        does(new WithdrawCoachBallot("p1"), new CastCoachBallot(new CoachBallot("p1", List.of("b"))));
        assertThat(s.coaching().ballotOf("p1").orElseThrow().ranking()).containsExactly("b");
    }

    @Test
    void theBallotOfSomeoneWhoLeftStaysUntilDiscardedAndUndoPutsItBack() {
        threeCoaches();
        does(new CastCoachBallot(new CoachBallot("p3", List.of("c", "a"))), new RemoveParticipant("p3"));
        assertThat(s.coaching().hasVoted("p3")).isTrue();
        Session before = s;
        Change discard = new WithdrawCoachBallot("p3");
        does(discard);
        assertThat(discard.inverse(before).apply(s)).isEqualTo(before);
    }

    @Test
    void ballotsAreKeptInParticipantOrderSoTheirOrderTellsNoVotingOrder() {
        threeCoaches();
        does(new CastCoachBallot(new CoachBallot("p3", List.of("a"))), new CastCoachBallot(new CoachBallot("p1", List.of("b"))));
        assertThat(s.coaching().ballots()).extracting(CoachBallot::participantId).containsExactly("p1", "p3");
    }

    @Test
    void aPitchStepStartsTheFreeTimerAndUndoPutsTheEarlierOneBack() {
        threeCoaches();
        does(new StartFreeTimer(7, "Silent writing", T0));
        FreeTimer earlier = s.dayLog().freeTimer();
        Session before = s;
        FreeTimer pitch = new FreeTimer(5, "Pitch: Anna Weber", Timing.startedAt(T0.plusSeconds(60)));
        Change step = new ShowCoachingStep(RoomView.pitch("a"), pitch, true);
        does(step);
        assertThat(s.coaching().view()).isEqualTo(RoomView.pitch("a"));
        assertThat(s.dayLog().freeTimer()).isEqualTo(pitch);
        assertThat(step.undoable()).isTrue();
        assertThat(step.inverse(before).apply(s).dayLog().freeTimer()).isEqualTo(earlier);
        does(ShowCoachingStep.of(RoomView.of(CoachingStep.RANKING), true));
        assertThat(s.dayLog().free()).isEmpty();
        assertThat(refusal(ShowCoachingStep.of(RoomView.of(CoachingStep.ANNOUNCEMENT), false)))
                .isEqualTo("error.coaching.nothingToAnnounce");
    }

    @Test
    void theCoachOnTheWallCannotBeRemoved() {
        threeCoaches();
        does(new ShowCoachingStep(RoomView.questions("b"), new FreeTimer(3, "", Timing.startedAt(T0)), true));
        assertThat(refusal(new RemoveCoach("b"))).isEqualTo("error.coaching.onTheWall");
    }

    @Test
    void showingABallotIsARecordThatCtrlZDoesNotTakeBack() {
        threeCoaches();
        does(new CastCoachBallot(new CoachBallot("p1", List.of("a"))));
        RecordBallotShown shown = new RecordBallotShown(new BallotShown("p1", T0));
        does(shown);
        assertThat(shown.undoable()).isFalse();
        assertThat(s.coaching().ballotsShown()).containsExactly(new BallotShown("p1", T0));
        assertThat(refusal(new RecordBallotShown(new BallotShown("p2", T0)))).isEqualTo("error.coaching.noBallot");
    }

    @Test
    void aDrawnPitchOrderDependsOnTheSeedNotOnTheOrderOfTheCoaches() {
        threeCoaches();
        SetPitchOrder one = SetPitchOrder.drawn(List.of("a", "b", "c"), 42);
        SetPitchOrder two = SetPitchOrder.drawn(List.of("c", "a", "b"), 42);
        assertThat(one).isEqualTo(two);
        does(one);
        assertThat(s.coaching().orderSeed()).isEqualTo(42L);
        assertThat(s.coaching().inPitchOrder()).extracting(Coach::id).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(refusal(new SetPitchOrder(List.of("a", "b"), null))).isEqualTo("error.coaching.order");
    }
}
