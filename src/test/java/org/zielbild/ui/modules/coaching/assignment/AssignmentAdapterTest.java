package org.zielbild.ui.modules.coaching.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zielbild.domain.Change;
import org.zielbild.domain.Language;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;
import org.zielbild.domain.coaching.AddCoach;
import org.zielbild.domain.coaching.AddForbiddenPair;
import org.zielbild.domain.coaching.AssignmentRun;
import org.zielbild.domain.coaching.CastCoachBallot;
import org.zielbild.domain.coaching.Coach;
import org.zielbild.domain.coaching.CoachBallot;
import org.zielbild.domain.coaching.CoachingPolicy;
import org.zielbild.domain.coaching.ForbiddenPair;
import org.zielbild.domain.coaching.PlacementKind;
import org.zielbild.domain.coaching.RemoveCoach;
import org.zielbild.domain.coaching.RunPlacement;
import org.zielbild.domain.coaching.SetPin;
import org.zielbild.domain.roster.AddParticipants;
import org.zielbild.domain.roster.Participant;
import org.zielbild.domain.roster.RemoveParticipant;
import org.zielbild.testing.Sessions;
import org.zielbild.ui.common.I18n;

class AssignmentAdapterTest {

    private Session s = new AddParticipants(List.of(new Participant("p1", "Ann", null), new Participant("p2", "Ben", null),
            new Participant("p3", "Cem", null), new Participant("p4", "Dana", null), new Participant("p5", "Emil", null)))
            .apply(Sessions.templateDay(Language.EN));

    private void does(Change... changes) {
        for (Change c : changes) {
            s = c.apply(s);
        }
    }

    private void vote(String who, String... coaches) {
        does(new CastCoachBallot(new CoachBallot(who, List.of(coaches))));
    }

    private AssignmentAdapter.Outcome compute() {
        return AssignmentAdapter.compute(s, CoachingPolicy.RANK_MAXIMAL, 0, "run-1", Instant.EPOCH);
    }

    private AssignmentRun run() {
        return ((AssignmentAdapter.Computed) compute()).run();
    }

    private String refusal(Language language) {
        Message m = ((AssignmentAdapter.Refused) compute()).reason();
        return new I18n(language).text(m);
    }

    @Test
    void theThreeGroupsAreKeptApartAndNonVotersTakeThePlacesTheVotersLeave() {
        does(AddCoach.atEnd(Coach.of("a", "Anna", 2)), AddCoach.atEnd(Coach.of("b", "Bernd", 3)));
        vote("p1", "a");
        vote("p2", "a");
        vote("p3", "a"); // only ranks Anna, who is full: placed with a coach they did not rank
        AssignmentRun run = run();
        assertThat(run.placements()).extracting(RunPlacement::kind).containsExactlyInAnyOrder(PlacementKind.RANKED,
                PlacementKind.RANKED, PlacementKind.UNRANKED, PlacementKind.NOT_VOTED, PlacementKind.NOT_VOTED);
        assertThat(run.group("a")).extracting(RunPlacement::kind).containsOnly(PlacementKind.RANKED);
        assertThat(run.byRank()).containsExactly(2);
        assertThat(run.unranked()).isEqualTo(1);
        assertThat(run.notVoted()).isEqualTo(2);
        assertThat(run.placementOf("p4").orElseThrow().coachId()).isEqualTo("b");
    }

    @Test
    void pinsSurviveAndNonVotersCanBePinned() {
        does(AddCoach.atEnd(Coach.of("a", "Anna", 3)), AddCoach.atEnd(Coach.of("b", "Bernd", 3)));
        vote("p1", "a", "b");
        does(new SetPin("p1", "b"), new SetPin("p5", "a"));
        AssignmentRun run = run();
        assertThat(run.placementOf("p1").orElseThrow()).satisfies(p -> {
            assertThat(p.coachId()).isEqualTo("b");
            assertThat(p.pinned()).isTrue();
            assertThat(p.rank()).isEqualTo(2);
        });
        assertThat(run.placementOf("p5").orElseThrow().coachId()).isEqualTo("a");
        assertThat(run.pins()).hasSize(2);
    }

    @Test
    void tooFewPlacesSaysWhichCapacitiesToRaiseAndByHowMuch() {
        does(AddCoach.atEnd(Coach.of("a", "Anna", 1)), AddCoach.atEnd(Coach.of("b", "Bernd", 1)));
        vote("p1", "a");
        vote("p2", "a");
        vote("p3", "a");
        vote("p4", "b");
        // 5 people, 2 places: Anna is wanted by 3 with 1 place, Bernd by 1 with 1 place.
        assertThat(refusal(Language.EN)).isEqualTo(
                "5 participants but only 2 places: 3 missing. Raise a capacity, e.g. Anna from 1 to 3 and Bernd from 1 to 2.");
        assertThat(refusal(Language.DE)).isEqualTo(
                "5 Teilnehmende, aber nur 2 Plätze: 3 fehlen. Erhöhen Sie eine Kapazität, z. B. Anna von 1 auf 3 und Bernd von 1 auf 2.");
    }

    @Test
    void forbiddenPairsThatLeaveNoWayAreExplainedWithNames() {
        does(AddCoach.atEnd(Coach.of("a", "Anna", 1)), AddCoach.atEnd(Coach.of("b", "Bernd", 4)));
        does(new AddForbiddenPair(new ForbiddenPair("p1", "b")), new AddForbiddenPair(new ForbiddenPair("p2", "b")));
        assertThat(refusal(Language.EN)).isEqualTo("Not everyone can be placed: Ann and Ben (2 people) can only go to Anna, "
                + "with one free place left after the pins. Check the forbidden pairs and the pins.");
        does(new AddForbiddenPair(new ForbiddenPair("p1", "a")));
        assertThat(refusal(Language.DE)).startsWith("Ann darf zu keinem Coach");
    }

    @Test
    void aRemovedCoachLeavesTheBallotsOrderAndARemovedPersonsBallotIsNotCounted() {
        does(AddCoach.atEnd(Coach.of("a", "Anna", 5)), AddCoach.atEnd(Coach.of("b", "Bernd", 5)),
                AddCoach.atEnd(Coach.of("c", "Chiara", 5)));
        vote("p1", "b", "c", "a");
        vote("p2", "a");
        does(new RemoveCoach("b"), new RemoveParticipant("p2"));
        AssignmentInput input = AssignmentInput.of(s);
        assertThat(input.shortened()).isEqualTo(1);
        assertThat(input.orphanBallots()).isEqualTo(1);
        assertThat(input.rankingOf(s.roster().requireParticipant("p1"))).containsExactly("Chiara", "Anna");
        AssignmentRun run = run();
        assertThat(run.placementOf("p1").orElseThrow().rank()).isEqualTo(1);
        assertThat(run.placementOf("p2")).isEmpty();
    }

    @Test
    void nothingToComputeSaysWhatToDoFirst() {
        assertThat(refusal(Language.EN)).isEqualTo("Add the coaches first.");
    }
}
