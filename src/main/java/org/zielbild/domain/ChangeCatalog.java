package org.zielbild.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The stable name of every change type. Journals store these names, so a name is never reused
 * or renamed once released; a class may be renamed freely.
 */
public final class ChangeCatalog {

    private static final Map<String, Class<? extends Change>> BY_NAME = new LinkedHashMap<>();

    static {
        register("batch", Batch.class);
        register("session.edit", EditSessionInfo.class);
        register("stage.add", AddStage.class);
        register("stage.remove", RemoveStage.class);
        register("stage.move", MoveStage.class);
        register("stage.rename", RenameStage.class);
        register("stage.timeBox", SetStageTimeBox.class);
        register("stage.instructions", SetStageInstructions.class);
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
        register("run.startStage", StartStage.class);
        register("run.endStage", EndStage.class);
        register("run.pause", PauseTimer.class);
        register("run.resume", ResumeTimer.class);
        register("run.extend", ExtendTimer.class);
        register("run.reset", ResetTimer.class);
        register("run.freeTimer.start", StartFreeTimer.class);
        register("run.freeTimer.stop", StopFreeTimer.class);
        register("run.restore", RestoreDayLog.class);
        registerBoardChanges();
        registerMoodChanges();
    }

    private ChangeCatalog() {
    }

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

    private static void registerMoodChanges() {
        register("mood.round.add", AddMoodRound.class);
        register("mood.round.remove", RemoveMoodRound.class);
        register("mood.round.reveal", RevealMoodRound.class);
        register("mood.entry.add", AddMoodEntry.class);
        register("mood.entry.remove", RemoveMoodEntry.class);
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
