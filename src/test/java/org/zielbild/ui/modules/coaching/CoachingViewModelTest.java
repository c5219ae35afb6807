package org.zielbild.ui.modules.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zielbild.domain.Language;
import org.zielbild.domain.coaching.CoachingStep;
import org.zielbild.domain.coaching.PlacementKind;
import org.zielbild.domain.coaching.RunPlacement;
import org.zielbild.domain.day.StartStage;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.modules.coaching.assignment.Explanation;

class CoachingViewModelTest {

    private final CoachingFixture f = new CoachingFixture();

    @Test
    void eachPitchAndQuestionRoundRestartsTheFreeTimerWhileTheStageKeepsItsOwn() {
        f.fourCoaches();
        String stage = f.session().agenda().stages().get(5).id();
        f.model.apply(new StartStage(stage, CoachingFixture.T0));
        PitchViewModel p = f.vm.pitches();
        assertThat(p.sequence()).hasSize(8);
        assertThat(p.next()).isTrue();
        assertThat(f.session().coaching().view().step()).isEqualTo(CoachingStep.PITCH);
        assertThat(f.session().dayLog().freeTimer().minutes()).isEqualTo(5);
        assertThat(f.session().dayLog().freeTimer().label()).isEqualTo("Pitch: Anna Weber");
        f.clock.advanceMinutes(5);
        assertThat(p.next()).isTrue();
        assertThat(f.session().dayLog().freeTimer().label()).isEqualTo("Questions: Anna Weber");
        assertThat(f.session().dayLog().freeTimer().minutes()).isEqualTo(3);
        assertThat(f.session().dayLog().freeTimer().timing().started()).isEqualTo(CoachingFixture.T0.plusSeconds(300));
        f.clock.advanceMinutes(3);
        p.next();
        assertThat(f.session().dayLog().freeTimer().label()).isEqualTo("Pitch: Bernd Köhler");
        assertThat(f.session().dayLog().live().orElseThrow().stageId()).isEqualTo(stage);
        assertThat(f.session().dayLog().live().orElseThrow().timing().started()).isEqualTo(CoachingFixture.T0);
        f.model.undo();
        assertThat(f.session().dayLog().freeTimer().label()).isEqualTo("Questions: Anna Weber");
        for (int i = 0; i < 7; i++) {
            p.next();
        }
        assertThat(f.session().coaching().view().step()).isEqualTo(CoachingStep.RANKING);
        assertThat(f.session().dayLog().free()).isEmpty();
        assertThat(p.next()).isFalse();
    }

    @Test
    void questionsFollowTheCoachOnTheWall() {
        f.fourCoaches();
        PitchViewModel p = f.vm.pitches();
        p.next();
        p.next();
        assertThat(p.askedProperty().get().name()).isEqualTo("Anna Weber");
        assertThat(p.ask("How often do we meet?", "Dana Ek")).isTrue();
        assertThat(p.ask("  ", "")).isFalse();
        assertThat(new I18n(Language.EN).text(p.problemProperty().get())).isEqualTo("Type the question first.");
        assertThat(p.questions()).extracting(q -> q.text()).containsExactly("How often do we meet?");
        assertThat(f.vm.feed().room().questions()).hasSize(1);
        p.answered(p.questions().get(0).id(), true);
        assertThat(f.vm.feed().room().questions()).isEmpty();
        assertThat(f.vm.feed().room().answered()).isEqualTo(1);
        p.next();
        assertThat(p.questions()).isEmpty();
    }

    @Test
    void theRankingShowsWhoHasVotedAndAShownBallotIsRecorded() {
        f.fourCoaches();
        RankingViewModel r = f.vm.ranking();
        assertThat(r.cast("p1", List.of(f.coachId("Bernd Köhler"), f.coachId("Anna Weber")))).isTrue();
        assertThat(r.votedProperty().get()).isEqualTo(1);
        assertThat(r.voters()).filteredOn(VoterRow::voted).extracting(v -> v.participant().name()).containsExactly("Ahmet Yılmaz");
        assertThat(r.nextVoter("p1").orElseThrow().id()).isEqualTo("p2");
        assertThat(f.session().coaching().ballotsShown()).isEmpty();
        assertThat(r.showBallot("p1")).contains(List.of("Bernd Köhler", "Anna Weber"));
        assertThat(f.session().coaching().ballotsShown()).hasSize(1);
        assertThat(r.withdraw("p1")).isTrue();
        assertThat(r.votedProperty().get()).isZero();
        f.model.undo();
        assertThat(r.votedProperty().get()).isEqualTo(1);
    }

    @Test
    void aPinHoldsThroughARecomputeAndTheResultIsOutOfDateUntilThen() {
        f.fourCoaches();
        RankingViewModel r = f.vm.ranking();
        String anna = f.coachId("Anna Weber");
        String bernd = f.coachId("Bernd Köhler");
        for (String p : List.of("p1", "p2", "p3", "p4", "p5")) {
            r.cast(p, List.of(anna, bernd));
        }
        ResultViewModel result = f.vm.result();
        assertThat(result.compute()).isTrue();
        assertThat(result.runProperty().get().placements()).hasSize(6);
        assertThat(result.groups()).hasSize(4);
        assertThat(result.notVoted()).extracting(RunPlacement::participantId).containsExactly("p6");
        assertThat(result.staleProperty().get()).isFalse();
        String carla = result.runProperty().get().placementOf("p3").orElseThrow().coachId();
        String other = carla.equals(anna) ? bernd : anna;
        assertThat(result.pin("p3", other)).isTrue();
        assertThat(result.staleProperty().get()).isTrue();
        assertThat(result.announce(true)).isFalse();
        assertThat(result.compute()).isTrue();
        assertThat(result.staleProperty().get()).isFalse();
        RunPlacement pinned = result.runProperty().get().placementOf("p3").orElseThrow();
        assertThat(pinned.coachId()).isEqualTo(other);
        assertThat(pinned.pinned()).isTrue();
        assertThat(f.session().coaching().runs()).hasSize(2);
        assertThat(result.compute()).isTrue();
        assertThat(result.runProperty().get().placementOf("p3").orElseThrow().coachId()).isEqualTo(other);
        assertThat(result.announce(true)).isTrue();
        assertThat(f.vm.feed().room().step()).isEqualTo(CoachingStep.ANNOUNCEMENT);
        assertThat(f.vm.feed().room().groups()).extracting(g -> g.size()).containsExactly(2, 2, 1, 1);
    }

    @Test
    void whyThisCoachIsOnlyGivenForACurrentResult() {
        f.fourCoaches();
        String anna = f.coachId("Anna Weber");
        String chiara = f.coachId("Chiara Rossi");
        for (String p : List.of("p1", "p2", "p3")) {
            f.vm.ranking().cast(p, List.of(anna, chiara));
        }
        ResultViewModel result = f.vm.result();
        result.compute();
        RunPlacement third = result.runProperty().get().placements().stream()
                .filter(p -> p.kind() == PlacementKind.RANKED && p.rank() == 2).findFirst().orElseThrow();
        Explanation why = result.why(third.participantId()).orElseThrow();
        List<String> lines = why.lines().stream().map(new I18n(Language.EN)::text).toList();
        assertThat(lines.get(0)).isEqualTo(third.participantName() + " got Chiara Rossi, their 2nd choice. For each coach they ranked higher:");
        assertThat(lines.get(1)).isEqualTo("Anna Weber (1st choice): just as good for the group, a tie that the seed 0 decided.");
        f.model.undo();
        assertThat(result.runProperty().get()).isNull();
        f.model.redo();
        assertThat(result.staleProperty().get()).as("a run brought back is checked again").isFalse();
        assertThat(result.why(third.participantId())).isPresent();
        f.vm.ranking().withdraw("p1");
        assertThat(result.why(third.participantId())).isEmpty();
    }

    @Test
    void tooFewPlacesAreExplainedInTheUiLanguage() {
        f.fourCoaches();
        f.vm.coaches().save(f.session().coaching().coachNamed("Okafor, Daniel").orElseThrow().withCapacity(0));
        assertThat(f.vm.result().compute()).isFalse();
        assertThat(new I18n(Language.DE).text(f.vm.result().problemProperty().get()))
                .startsWith("6 Teilnehmende, aber nur 5 Plätze: 1 fehlt.");
    }
}
