package org.zielbild.ui.modules.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zielbild.domain.Language;
import org.zielbild.domain.roster.SetParticipantPresent;
import org.zielbild.domain.target.Answer;
import org.zielbild.domain.target.BallotAnswer;
import org.zielbild.domain.target.CountingBase;
import org.zielbild.domain.target.RatingMode;
import org.zielbild.domain.target.SourceLink;
import org.zielbild.domain.target.Statement;
import org.zielbild.domain.target.TargetResults;
import org.zielbild.domain.target.Threshold;

/** The stage's view-models without a window: statements, sources, rounds, the wall's value, leaving. */
class TargetViewModelTest {

    @TempDir
    Path dir;

    private TargetModelFixture f;
    private TargetViewModel vm;

    private void open() {
        f = new TargetModelFixture(dir.resolve("attachments"), Language.EN);
        vm = f.viewModel();
    }

    private String add(String text) {
        return vm.add(text, "", List.of()).orElseThrow();
    }

    @Test
    void theSourcesAreTheEarlierBoardsWithDotsOnlyWhereRevealed() {
        open();
        assertThat(vm.sources()).extracting(SourceOption::text)
                .startsWith("Speed", "Old tools").contains("Team spirit", "Customers wait two weeks");
        assertThat(vm.sources().get(0).dots()).isEqualTo(2);
        assertThat(vm.sources()).filteredOn(o -> o.kind() == SourceLink.Kind.NOTE).extracting(SourceOption::dots)
                .containsOnly(0);
    }

    @Test
    void aStatementFromTwoClustersIsOneStepWithItsLinksAndTakesTheNextColour() {
        open();
        List<SourceOption> two = vm.sources().subList(0, 2);
        assertThat(TargetViewModel.draftFrom(two)).isEqualTo("Speed\nOld tools");
        String id = vm.add("We answer within a day.", "in 1 year", List.copyOf(two)).orElseThrow();
        Statement s = vm.picture().requireStatement(id);
        assertThat(s.sources()).extracting(SourceLink::text).containsExactly("Speed", "Old tools");
        assertThat(s.color()).isNotNull();
        f.model.undo();
        assertThat(vm.statements()).isEmpty();
    }

    @Test
    void refusedTextStaysWithTheCallerAndSaysWhy() {
        open();
        assertThat(vm.add("   ", "", List.of())).isEmpty();
        assertThat(vm.problemProperty().get().key()).isEqualTo("error.target.statementEmpty");
        assertThat(vm.add("x".repeat(10_000), "", List.of())).isEmpty();
        assertThat(vm.problemProperty().get().key()).isEqualTo("error.target.statementTooLong");
        String id = add("We laugh more.");
        assertThat(vm.problemProperty().get()).isNull();
        assertThat(vm.editText(id, "")).isFalse();
        assertThat(vm.picture().requireStatement(id).text()).isEqualTo("We laugh more.");
    }

    @Test
    void statementsMoveByKeysAndByIndexAndUndo() {
        open();
        String a = add("A happens.");
        String b = add("B happens.");
        String c = add("C happens.");
        assertThat(vm.moveBy(a, -1)).as("already first").isFalse();
        assertThat(vm.moveBy(a, 1)).isTrue();
        assertThat(vm.moveTo(c, 0)).isTrue();
        assertThat(vm.statements()).extracting(Statement::id).containsExactly(c, b, a);
        f.model.undo();
        f.model.undo();
        assertThat(vm.statements()).extracting(Statement::id).containsExactly(a, b, c);
    }

    @Test
    void aPictureThatIsNoImageOrMissingIsRefusedWithItsNameAndAnImageIsShown() throws Exception {
        open();
        String id = add("We laugh more.");
        Path text = Files.writeString(dir.resolve("notes.png"), "not a picture");
        assertThat(vm.attachPicture(id, text)).isFalse();
        assertThat(vm.problemProperty().get().key()).isEqualTo("store.attach.notImage");
        assertThat(vm.problemProperty().get().args()).contains("notes.png");
        assertThat(vm.attachPicture(id, dir.resolve("gone.png"))).isFalse();
        assertThat(vm.problemProperty().get().key()).isEqualTo("store.attach.notFound");
        Path png = Files.write(dir.resolve("team.png"), org.zielbild.testing.PngBytes.TINY);
        assertThat(vm.attachPicture(id, png)).isTrue();
        Statement s = vm.picture().requireStatement(id);
        assertThat(s.picture().fileName()).isEqualTo("team.png");
        assertThat(vm.pictureUrl(s)).startsWith("file:");
        assertThat(vm.feed().wall().cards().get(0).pictureUrl()).isEqualTo(vm.pictureUrl(s));
    }

    @Test
    void aRoundCountsTheAttendanceAndTheWallShowsOnlyProgressUntilTheReveal() {
        open();
        String a = add("Every Monday customers tell us what they love.");
        String b = add("We ship fixes the same day.");
        RatingViewModel rating = vm.rating();
        assertThat(rating.presentProperty().get()).isEqualTo(4);
        f.model.apply(new SetParticipantPresent("p-dia", false));
        assertThat(rating.presentProperty().get()).as("follows attendance").isEqualTo(3);
        rating.modeProperty().set(RatingMode.PRIVATE_BALLOTS);
        rating.thresholdProperty().set(Threshold.TWO_THIRDS);
        assertThat(rating.start(List.of(a, b), true)).isTrue();
        TargetWall wall = vm.feed().wall();
        assertThat(wall.state()).isEqualTo(TargetWall.State.ROUND);
        assertThat(wall.progress().present()).isEqualTo(3);
        assertThat(wall.results()).isEmpty();
        BallotAnswer yes = new BallotAnswer(Answer.YES, Answer.YES);
        assertThat(rating.cast("p-ann", List.of(yes, yes, yes))).as("anonymous: the name is not passed on").isTrue();
        assertThat(vm.picture().openRound().orElseThrow().ballots().get(0).participantId()).isNull();
        assertThat(vm.feed().wall().progress().answered()).isEqualTo(1);
        assertThat(vm.feed().wall().toString()).doesNotContain("YES", "p-ann", "Ann");
        rating.cast(null, List.of(yes, new BallotAnswer(Answer.NO, Answer.YES), yes));
        assertThat(rating.reveal()).isTrue();
        assertThat(vm.feed().wall().state()).isEqualTo(TargetWall.State.RESULTS);
        assertThat(vm.feed().wall().results()).hasSize(3);
        assertThat(vm.picture().requireStatement(b).rework()).as("1 of 3 benefit yes: misses two thirds").isTrue();
        assertThat(vm.picture().requireStatement(a).rework()).isFalse();
        vm.wallShowsResultsProperty().set(false);
        assertThat(vm.feed().wall().state()).isEqualTo(TargetWall.State.POSTER);
        f.model.undo();
        assertThat(vm.picture().requireStatement(b).rework()).as("the reveal and its marks are one step").isFalse();
        assertThat(vm.picture().openRound()).isPresent();
    }

    @Test
    void aShowOfHandsTypesCountsAndTheWallFollowsTheItemBeingCounted() {
        open();
        String a = add("Every Monday customers tell us what they love.");
        RatingViewModel rating = vm.rating();
        rating.baseProperty().set(CountingBase.CAST);
        assertThat(rating.start(List.of(a), false)).isTrue();
        assertThat(vm.feed().wall().progress().focus()).isZero();
        assertThat(rating.setCounts(0, 5, 0, 2, 0)).as("five yes of four present").isFalse();
        assertThat(vm.problemProperty().get().key()).isEqualTo("error.target.countAbovePresent");
        assertThat(rating.setCounts(0, 3, 1, 2, 2)).isTrue();
        assertThat(rating.reveal()).isTrue();
        assertThat(TargetResults.standing(vm.picture(), a)).isEqualTo(org.zielbild.domain.target.Standing.NEEDS_REWORK);
    }

    @Test
    void leavingWithThePictureUnmetNeedsAReasonOnceWhileTheStageRuns() {
        open();
        RatingViewModel rating = vm.rating();
        assertThat(rating.needsReason(false)).as("only on show: nothing to end").isFalse();
        assertThat(rating.needsReason(true)).isTrue();
        assertThat(rating.recordReason("  ")).isFalse();
        assertThat(vm.problemProperty().get().key()).isEqualTo("error.target.reasonEmpty");
        assertThat(rating.recordReason("Out of time; we vote tomorrow.")).isTrue();
        assertThat(rating.needsReason(true)).isFalse();
        assertThat(vm.picture().unmetReasonsOf(f.stageId)).hasSize(1);
        // A new round that misses asks again.
        String a = add("We laugh more.");
        rating.start(List.of(a), true);
        rating.setCounts(0, 1, 3, 1, 3);
        rating.setCounts(1, 1, 3, 1, 3);
        rating.reveal();
        assertThat(rating.needsReason(true)).isTrue();
    }

    @Test
    void aRosterChangeDuringARoundIsOfferedAsTheNewNumberPresent() {
        open();
        String a = add("We laugh more.");
        RatingViewModel rating = vm.rating();
        rating.modeProperty().set(RatingMode.PRIVATE_BALLOTS);
        rating.anonymousProperty().set(false);
        rating.start(List.of(a), false);
        assertThat(rating.waiting()).hasSize(4);
        assertThat(rating.rosterPresentDiffers()).isEmpty();
        f.model.apply(new SetParticipantPresent("p-cem", false));
        assertThat(rating.rosterPresentDiffers()).contains(3);
        assertThat(rating.waiting()).hasSize(3);
        assertThat(rating.setPresent(3)).isTrue();
        assertThat(rating.rosterPresentDiffers()).isEmpty();
    }
}
