package org.zielbild.ui.modules.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zielbild.domain.Language;
import org.zielbild.domain.Message;
import org.zielbild.domain.roster.SetParticipantPresent;
import org.zielbild.domain.target.Answer;
import org.zielbild.domain.target.BallotAnswer;
import org.zielbild.domain.target.CountingBase;
import org.zielbild.domain.target.ItemResult;
import org.zielbild.domain.target.RatingMode;
import org.zielbild.domain.target.Standing;
import org.zielbild.domain.target.TargetResults;
import org.zielbild.domain.target.Threshold;
import org.zielbild.ui.common.I18n;

/**
 * The rating view-model without a window: named ballots, refusals that keep what was entered and
 * say why in the UI language, rework and re-vote with the history, dissent, discarding a round.
 */
class RatingViewModelTest {

    private static final BallotAnswer YES = new BallotAnswer(Answer.YES, Answer.YES);
    private static final BallotAnswer NO = new BallotAnswer(Answer.NO, Answer.NO);

    @TempDir
    Path dir;

    private TargetModelFixture f;
    private TargetViewModel vm;
    private RatingViewModel rating;

    private void open(Language language) {
        f = new TargetModelFixture(dir.resolve("attachments"), language);
        vm = f.viewModel();
        rating = vm.rating();
    }

    private String add(String text) {
        return vm.add(text, "", List.of()).orElseThrow();
    }

    private Message problem() {
        return vm.problemProperty().get();
    }

    @Test
    void aNamedRoundTakesEachPresentPersonOnceAndStoresWhoVoted() {
        open(Language.EN);
        String a = add("Every Monday customers tell us in person what they love.");
        rating.modeProperty().set(RatingMode.PRIVATE_BALLOTS);
        rating.anonymousProperty().set(false);
        assertThat(rating.start(List.of(a), false)).isTrue();
        assertThat(rating.waiting()).extracting(p -> p.name()).containsExactly("Ann", "Ben", "Cem", "Dia");
        assertThat(rating.cast("p-ben", List.of(YES))).isTrue();
        assertThat(rating.waiting()).extracting(p -> p.name()).containsExactly("Ann", "Cem", "Dia");
        assertThat(vm.picture().openRound().orElseThrow().ballotOf("p-ben")).isPresent();
        // The same person again: refused by name, nothing stored twice.
        assertThat(rating.cast("p-ben", List.of(NO))).isFalse();
        assertThat(problem().key()).isEqualTo("error.target.alreadyVoted");
        assertThat(new I18n(Language.EN).text(problem())).contains("Ben");
        assertThat(vm.picture().openRound().orElseThrow().ballots()).hasSize(1);
        // Someone marked absent cannot vote (and leaves the waiting list).
        f.model.apply(new SetParticipantPresent("p-dia", false));
        assertThat(rating.waiting()).extracting(p -> p.name()).containsExactly("Ann", "Cem");
        assertThat(rating.cast("p-dia", List.of(YES))).isFalse();
        assertThat(problem().key()).isEqualTo("error.target.voterAbsent");
        // The wall never learns who voted or how.
        assertThat(vm.feed().wall().toString()).doesNotContain("p-ben", "Ben", "YES");
    }

    @Test
    void badInputIsRefusedInTheUiLanguageAndWhatWasEnteredStays() {
        open(Language.DE);
        I18n de = new I18n(Language.DE);
        String a = add("Jeden Montag erzählen uns Kunden, was sie lieben.");
        // Nobody present: a named ballot round cannot start.
        for (String p : List.of("p-ann", "p-ben", "p-cem", "p-dia")) {
            f.model.apply(new SetParticipantPresent(p, false));
        }
        rating.modeProperty().set(RatingMode.PRIVATE_BALLOTS);
        rating.anonymousProperty().set(false);
        rating.presentProperty().set(4);
        assertThat(rating.start(List.of(a), false)).isFalse();
        assertThat(problem().key()).isEqualTo("error.target.noParticipants");
        assertThat(de.text(problem())).contains("Teilnehmende");
        // A present count of zero.
        rating.anonymousProperty().set(true);
        rating.presentProperty().set(0);
        assertThat(rating.start(List.of(a), false)).isFalse();
        assertThat(de.text(problem())).isEqualTo(de.t("error.target.presentZero")).contains("anwesend");
        assertThat(vm.picture().rounds()).isEmpty();
        // A show of hands with more yes than present keeps the round and the counts typed before.
        rating.modeProperty().set(RatingMode.SHOW_OF_HANDS);
        rating.presentProperty().set(3);
        assertThat(rating.start(List.of(a), true)).isTrue();
        assertThat(rating.setCounts(0, 2, 1, 2, 1)).isTrue();
        assertThat(rating.setCounts(1, 4, 0, 3, 0)).isFalse();
        assertThat(de.text(problem())).contains("4", "3");
        assertThat(vm.picture().openRound().orElseThrow().items().get(0).hands().benefitYes()).isEqualTo(2);
        // Revealing before every count is typed says what is missing.
        assertThat(rating.reveal()).isFalse();
        assertThat(problem().key()).isEqualTo("error.target.countsMissing");
        // Lowering the number present below the counts already typed is refused.
        assertThat(rating.setPresent(2)).isFalse();
        assertThat(problem().key()).isEqualTo("error.target.presentBelowCounts");
        assertThat(vm.picture().openRound().orElseThrow().present()).isEqualTo(3);
        // A statement of 10,000 characters or only whitespace.
        assertThat(vm.add("x".repeat(10_000), "", List.of())).isEmpty();
        assertThat(problem().key()).isEqualTo("error.target.statementTooLong");
        assertThat(vm.add(" \n\t ", "", List.of())).isEmpty();
        assertThat(problem().key()).isEqualTo("error.target.statementEmpty");
        assertThat(vm.picture().statements()).hasSize(1);
    }

    @Test
    void aMissedStatementIsReworkedAndVotedAgainAndEveryRoundKeepsItsWording() {
        open(Language.EN);
        String a = add("We answer every customer within a day.");
        String b = add("Meetings end on time.");
        assertThat(rating.start(List.of(a, b), true)).isTrue();
        rating.setCounts(0, 4, 0, 3, 1);
        rating.setCounts(1, 2, 2, 1, 2); // exactly half: no simple majority
        rating.setCounts(2, 2, 1, 2, 1);
        assertThat(rating.reveal()).isTrue();
        assertThat(vm.picture().requireStatement(b).rework()).isTrue();
        assertThat(rating.suggestedStatements()).extracting(s -> s.id()).containsExactly(b);
        ItemResult missed = rating.results().get(1);
        assertThat(missed.benefit().missing()).isEqualTo(1);
        assertThat(missed.attractive().missing()).isEqualTo(2);
        assertThat(rating.needsReason(true)).as("the picture missed too").isTrue();

        assertThat(vm.editText(b, "Every meeting ends on time with a decision and an owner.")).isTrue();
        assertThat(rating.suggestedStatements()).extracting(s -> s.id()).containsExactly(b);
        rating.modeProperty().set(RatingMode.PRIVATE_BALLOTS);
        assertThat(rating.start(List.of(b), true)).isTrue();
        for (int i = 0; i < 3; i++) {
            assertThat(rating.cast(null, List.of(YES, YES))).isTrue();
        }
        assertThat(rating.reveal()).isTrue();
        assertThat(vm.picture().requireStatement(b).rework()).as("carried: the mark is cleared").isFalse();
        assertThat(TargetResults.history(vm.picture(), b)).extracting(r -> r.item().wording())
                .containsExactly("Meetings end on time.", "Every meeting ends on time with a decision and an owner.");
        assertThat(TargetResults.standing(vm.picture(), b)).isEqualTo(Standing.CARRIES);
        assertThat(TargetResults.pictureCarries(vm.picture())).isTrue();
        assertThat(rating.needsReason(true)).isFalse();
        assertThat(rating.suggestedStatements()).isEmpty();
    }

    @Test
    void dissentIsAPromptWhenTheQuestionsDivergeAndCountsFromTheBaseCast() {
        open(Language.EN);
        String a = add("Everyone works from home on Fridays.");
        rating.baseProperty().set(CountingBase.CAST);
        rating.thresholdProperty().set(Threshold.TWO_THIRDS);
        assertThat(rating.start(List.of(a), false)).isTrue();
        assertThat(rating.setCounts(0, 4, 0, 1, 2)).isTrue();
        assertThat(rating.reveal()).isTrue();
        ItemResult r = rating.results().get(0);
        assertThat(r.benefit().base()).as("yes + no").isEqualTo(4);
        assertThat(r.attractive().base()).isEqualTo(3);
        assertThat(r.benefit().met()).isTrue();
        assertThat(r.attractive().met()).as("1 of 3 misses two thirds").isFalse();
        assertThat(r.dissent()).isTrue();
        assertThat(r.diverges()).isTrue();
    }

    @Test
    void aDiscardedRoundLeavesNoTraceAndComesBackWithUndo() {
        open(Language.EN);
        String a = add("We celebrate every release.");
        rating.modeProperty().set(RatingMode.PRIVATE_BALLOTS);
        rating.start(List.of(a), false);
        rating.cast(null, List.of(YES));
        assertThat(rating.discard()).isTrue();
        assertThat(rating.openRoundProperty().get()).isNull();
        assertThat(vm.picture().rounds()).isEmpty();
        assertThat(vm.feed().wall().state()).isEqualTo(TargetWall.State.POSTER);
        f.model.undo();
        assertThat(rating.openRoundProperty().get()).isNotNull();
        assertThat(rating.openRoundProperty().get().ballots()).hasSize(1);
    }
}
