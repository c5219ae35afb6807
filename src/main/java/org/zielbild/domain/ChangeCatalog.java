package org.zielbild.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.zielbild.domain.agenda.AddStage;
import org.zielbild.domain.agenda.MoveStage;
import org.zielbild.domain.agenda.RemoveStage;
import org.zielbild.domain.agenda.RenameStage;
import org.zielbild.domain.agenda.SetStageInstructions;
import org.zielbild.domain.agenda.SetStageTimeBox;
import org.zielbild.domain.board.AddBoard;
import org.zielbild.domain.board.AddCluster;
import org.zielbild.domain.board.AddNote;
import org.zielbild.domain.board.DissolveCluster;
import org.zielbild.domain.board.EditNoteText;
import org.zielbild.domain.board.EndVote;
import org.zielbild.domain.board.MoveCluster;
import org.zielbild.domain.board.PlaceDot;
import org.zielbild.domain.board.PlaceNotes;
import org.zielbild.domain.board.RemoveBoard;
import org.zielbild.domain.board.RemoveDot;
import org.zielbild.domain.board.RemoveNotes;
import org.zielbild.domain.board.RenameCluster;
import org.zielbild.domain.board.RestoreNotes;
import org.zielbild.domain.board.RestoreVote;
import org.zielbild.domain.board.RevealVote;
import org.zielbild.domain.board.SetBoardHidden;
import org.zielbild.domain.board.SetNoteDetails;
import org.zielbild.domain.board.StartVote;
import org.zielbild.domain.coaching.AddCoach;
import org.zielbild.domain.coaching.AddForbiddenPair;
import org.zielbild.domain.coaching.AddQuestion;
import org.zielbild.domain.coaching.CastCoachBallot;
import org.zielbild.domain.coaching.EditCoach;
import org.zielbild.domain.coaching.ForgetBallotShown;
import org.zielbild.domain.coaching.RecordAssignmentRun;
import org.zielbild.domain.coaching.RecordBallotShown;
import org.zielbild.domain.coaching.RemoveAssignmentRun;
import org.zielbild.domain.coaching.RemoveCoach;
import org.zielbild.domain.coaching.RemoveForbiddenPair;
import org.zielbild.domain.coaching.RemoveQuestion;
import org.zielbild.domain.coaching.RestoreCoachBallot;
import org.zielbild.domain.coaching.SetCoachingPlan;
import org.zielbild.domain.coaching.SetPin;
import org.zielbild.domain.coaching.SetPitchOrder;
import org.zielbild.domain.coaching.SetQuestionAnswered;
import org.zielbild.domain.coaching.ShowCoachingStep;
import org.zielbild.domain.coaching.WithdrawCoachBallot;
import org.zielbild.domain.day.EndStage;
import org.zielbild.domain.day.ExtendTimer;
import org.zielbild.domain.day.PauseTimer;
import org.zielbild.domain.day.ResetTimer;
import org.zielbild.domain.day.RestoreDayLog;
import org.zielbild.domain.day.ResumeTimer;
import org.zielbild.domain.day.StartFreeTimer;
import org.zielbild.domain.day.StartStage;
import org.zielbild.domain.day.StopFreeTimer;
import org.zielbild.domain.mandate.AddAction;
import org.zielbild.domain.mandate.AddBehaviour;
import org.zielbild.domain.mandate.AddGuideline;
import org.zielbild.domain.mandate.EditBehaviour;
import org.zielbild.domain.mandate.EditGuideline;
import org.zielbild.domain.mandate.LinkStatement;
import org.zielbild.domain.mandate.MoveGuideline;
import org.zielbild.domain.mandate.MoveMandate;
import org.zielbild.domain.mandate.PutBackAction;
import org.zielbild.domain.mandate.RemoveAction;
import org.zielbild.domain.mandate.RemoveBehaviour;
import org.zielbild.domain.mandate.RemoveGuideline;
import org.zielbild.domain.mandate.RestoreAction;
import org.zielbild.domain.mandate.RestoreMandate;
import org.zielbild.domain.mandate.SetActionDue;
import org.zielbild.domain.mandate.SetActionFirstStep;
import org.zielbild.domain.mandate.SetActionLink;
import org.zielbild.domain.mandate.SetActionOwner;
import org.zielbild.domain.mandate.SetActionStatus;
import org.zielbild.domain.mandate.SetActionTeam;
import org.zielbild.domain.mandate.SetActionText;
import org.zielbild.domain.mandate.SetMandateText;
import org.zielbild.domain.mandate.SetMandateValue;
import org.zielbild.domain.mandate.UnlinkStatement;
import org.zielbild.domain.mood.AddMoodEntry;
import org.zielbild.domain.mood.AddMoodRound;
import org.zielbild.domain.mood.RemoveMoodEntry;
import org.zielbild.domain.mood.RemoveMoodRound;
import org.zielbild.domain.mood.RevealMoodRound;
import org.zielbild.domain.roster.AddParticipant;
import org.zielbild.domain.roster.AddParticipants;
import org.zielbild.domain.roster.AddTeam;
import org.zielbild.domain.roster.RemoveParticipant;
import org.zielbild.domain.roster.RemoveParticipants;
import org.zielbild.domain.roster.RemoveTeam;
import org.zielbild.domain.roster.RenameParticipant;
import org.zielbild.domain.roster.RenameTeam;
import org.zielbild.domain.roster.RestoreParticipants;
import org.zielbild.domain.roster.SetParticipantPresent;
import org.zielbild.domain.roster.SetParticipantTeam;
import org.zielbild.domain.roster.SetTeamColor;
import org.zielbild.domain.target.AddStatement;
import org.zielbild.domain.target.CastRatingBallot;
import org.zielbild.domain.target.DiscardRatingRound;
import org.zielbild.domain.target.DismissHint;
import org.zielbild.domain.target.EditStatementText;
import org.zielbild.domain.target.LinkSource;
import org.zielbild.domain.target.MarkRework;
import org.zielbild.domain.target.MoveStatement;
import org.zielbild.domain.target.RecordUnmetReason;
import org.zielbild.domain.target.RemoveStatement;
import org.zielbild.domain.target.RemoveUnmetReason;
import org.zielbild.domain.target.RestoreRatingBallot;
import org.zielbild.domain.target.RevealRatingRound;
import org.zielbild.domain.target.SetHandCounts;
import org.zielbild.domain.target.SetRoundPresent;
import org.zielbild.domain.target.SetStatementColor;
import org.zielbild.domain.target.SetStatementHorizon;
import org.zielbild.domain.target.SetStatementPicture;
import org.zielbild.domain.target.StartRatingRound;
import org.zielbild.domain.target.UnlinkSource;
import org.zielbild.domain.target.WithdrawRatingBallot;

/**
 * The stable name of every change type. Journals store these names, so a name is never reused
 * or renamed once released; a class may be renamed or moved freely.
 *
 * <p>One section per domain slice, in the order the names were first released (the order is what
 * {@link #all()} returns). A new slice adds its own section at the end, e.g.
 * {@code registerTargetChanges()} for {@code domain.target}, with names that start with the
 * slice's subject ({@code "target."}); see docs/decisions/0070.
 */
public final class ChangeCatalog {

    private static final Map<String, Class<? extends Change>> BY_NAME = new LinkedHashMap<>();

    static {
        registerSessionChanges();
        registerAgendaChanges();
        registerRosterChanges();
        registerDayChanges();
        registerBoardChanges();
        registerMoodChanges();
        registerTargetChanges();
        registerAttendanceChanges();
        registerMandateChanges();
        registerCoachingChanges();
        // New slices register here, after the ones above.
    }

    private ChangeCatalog() {
    }

    /** The root: changes made of other changes, and the session's own header. */
    private static void registerSessionChanges() {
        register("batch", Batch.class);
        register("session.edit", EditSessionInfo.class);
    }

    /** {@code domain.agenda}: the stages of the day. */
    private static void registerAgendaChanges() {
        register("stage.add", AddStage.class);
        register("stage.remove", RemoveStage.class);
        register("stage.move", MoveStage.class);
        register("stage.rename", RenameStage.class);
        register("stage.timeBox", SetStageTimeBox.class);
        register("stage.instructions", SetStageInstructions.class);
    }

    /** {@code domain.roster}: participants and teams. */
    private static void registerRosterChanges() {
        register("participant.add", AddParticipant.class);
        register("participant.remove", RemoveParticipant.class);
        register("participant.rename", RenameParticipant.class);
        register("participant.team", SetParticipantTeam.class);
        register("participant.addMany", AddParticipants.class);
        register("participant.removeMany", RemoveParticipants.class);
        register("participant.restoreMany", RestoreParticipants.class);
        register("team.add", AddTeam.class);
        register("team.remove", RemoveTeam.class);
        register("team.rename", RenameTeam.class);
        register("team.color", SetTeamColor.class);
    }

    /** {@code domain.day}: stage runs and timers. */
    private static void registerDayChanges() {
        register("run.startStage", StartStage.class);
        register("run.endStage", EndStage.class);
        register("run.pause", PauseTimer.class);
        register("run.resume", ResumeTimer.class);
        register("run.extend", ExtendTimer.class);
        register("run.reset", ResetTimer.class);
        register("run.freeTimer.start", StartFreeTimer.class);
        register("run.freeTimer.stop", StopFreeTimer.class);
        register("run.restore", RestoreDayLog.class);
    }

    /** {@code domain.board}: boards, notes, clusters and dot votes. */
    private static void registerBoardChanges() {
        register("board.add", AddBoard.class);
        register("board.remove", RemoveBoard.class);
        register("board.hidden", SetBoardHidden.class);
        register("note.add", AddNote.class);
        register("note.remove", RemoveNotes.class);
        register("note.restore", RestoreNotes.class);
        register("note.text", EditNoteText.class);
        register("note.place", PlaceNotes.class);
        register("note.details", SetNoteDetails.class);
        register("cluster.add", AddCluster.class);
        register("cluster.dissolve", DissolveCluster.class);
        register("cluster.rename", RenameCluster.class);
        register("cluster.move", MoveCluster.class);
        register("vote.start", StartVote.class);
        register("vote.end", EndVote.class);
        register("vote.restore", RestoreVote.class);
        register("vote.dot.place", PlaceDot.class);
        register("vote.dot.remove", RemoveDot.class);
        register("vote.reveal", RevealVote.class);
    }

    /** {@code domain.mood}: check-in and check-out rounds. */
    private static void registerMoodChanges() {
        register("mood.round.add", AddMoodRound.class);
        register("mood.round.remove", RemoveMoodRound.class);
        register("mood.round.reveal", RevealMoodRound.class);
        register("mood.entry.add", AddMoodEntry.class);
        register("mood.entry.remove", RemoveMoodEntry.class);
    }

    /** {@code domain.target}: the shared target picture's statements, rating rounds and recorded reasons. */
    private static void registerTargetChanges() {
        register("target.statement.add", AddStatement.class);
        register("target.statement.remove", RemoveStatement.class);
        register("target.statement.text", EditStatementText.class);
        register("target.statement.horizon", SetStatementHorizon.class);
        register("target.statement.color", SetStatementColor.class);
        register("target.statement.picture", SetStatementPicture.class);
        register("target.statement.move", MoveStatement.class);
        register("target.statement.rework", MarkRework.class);
        register("target.statement.hint", DismissHint.class);
        register("target.source.link", LinkSource.class);
        register("target.source.unlink", UnlinkSource.class);
        register("target.round.start", StartRatingRound.class);
        register("target.round.discard", DiscardRatingRound.class);
        register("target.round.present", SetRoundPresent.class);
        register("target.round.hands", SetHandCounts.class);
        register("target.round.ballot.cast", CastRatingBallot.class);
        register("target.round.ballot.withdraw", WithdrawRatingBallot.class);
        register("target.round.ballot.restore", RestoreRatingBallot.class);
        register("target.round.reveal", RevealRatingRound.class);
        register("target.unmet.record", RecordUnmetReason.class);
        register("target.unmet.remove", RemoveUnmetReason.class);
    }

    /** {@code domain.roster}, released with the target picture: who is present today. */
    private static void registerAttendanceChanges() {
        register("participant.present", SetParticipantPresent.class);
    }

    /** {@code domain.mandate}: team mandates and the session's actions. */
    private static void registerMandateChanges() {
        register("mandate.text", SetMandateText.class);
        register("mandate.value", SetMandateValue.class);
        register("mandate.statement.link", LinkStatement.class);
        register("mandate.statement.unlink", UnlinkStatement.class);
        register("mandate.guideline.add", AddGuideline.class);
        register("mandate.guideline.text", EditGuideline.class);
        register("mandate.guideline.remove", RemoveGuideline.class);
        register("mandate.guideline.move", MoveGuideline.class);
        register("mandate.behaviour.add", AddBehaviour.class);
        register("mandate.behaviour.edit", EditBehaviour.class);
        register("mandate.behaviour.remove", RemoveBehaviour.class);
        register("mandate.move", MoveMandate.class);
        register("mandate.restore", RestoreMandate.class);
        register("mandate.action.add", AddAction.class);
        register("mandate.action.remove", RemoveAction.class);
        register("mandate.action.putBack", PutBackAction.class);
        register("mandate.action.text", SetActionText.class);
        register("mandate.action.firstStep", SetActionFirstStep.class);
        register("mandate.action.owner", SetActionOwner.class);
        register("mandate.action.due", SetActionDue.class);
        register("mandate.action.status", SetActionStatus.class);
        register("mandate.action.link", SetActionLink.class);
        register("mandate.action.team", SetActionTeam.class);
        register("mandate.action.restore", RestoreAction.class);
    }

    /** {@code domain.coaching}: the coach pitch and vote (docs/decisions/0130). */
    private static void registerCoachingChanges() {
        register("coaching.coach.add", AddCoach.class);
        register("coaching.coach.remove", RemoveCoach.class);
        register("coaching.coach.edit", EditCoach.class);
        register("coaching.order", SetPitchOrder.class);
        register("coaching.plan", SetCoachingPlan.class);
        register("coaching.step", ShowCoachingStep.class);
        register("coaching.forbid.add", AddForbiddenPair.class);
        register("coaching.forbid.remove", RemoveForbiddenPair.class);
        register("coaching.pin", SetPin.class);
        register("coaching.question.add", AddQuestion.class);
        register("coaching.question.remove", RemoveQuestion.class);
        register("coaching.question.answered", SetQuestionAnswered.class);
        register("coaching.ballot.cast", CastCoachBallot.class);
        register("coaching.ballot.withdraw", WithdrawCoachBallot.class);
        register("coaching.ballot.restore", RestoreCoachBallot.class);
        register("coaching.ballot.shown", RecordBallotShown.class);
        register("coaching.ballot.shownForget", ForgetBallotShown.class);
        register("coaching.run.add", RecordAssignmentRun.class);
        register("coaching.run.remove", RemoveAssignmentRun.class);
    }

    private static void register(String name, Class<? extends Change> type) {
        if (BY_NAME.containsKey(name) || BY_NAME.containsValue(type)) {
            throw new IllegalStateException("change type registered twice: " + name + " " + type);
        }
        BY_NAME.put(name, type);
    }

    /** Every change type by its stable name, in registration order. */
    public static Map<String, Class<? extends Change>> all() {
        return Collections.unmodifiableMap(BY_NAME);
    }

    public static Optional<String> nameOf(Class<? extends Change> type) {
        return BY_NAME.entrySet().stream().filter(e -> e.getValue() == type).map(Map.Entry::getKey).findFirst();
    }
}
