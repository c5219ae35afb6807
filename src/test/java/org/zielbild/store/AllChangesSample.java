package org.zielbild.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.zielbild.domain.Batch;
import org.zielbild.domain.EditSessionInfo;
import org.zielbild.domain.Message;
import org.zielbild.domain.SessionInfo;
import org.zielbild.domain.TargetPictureDay;
import org.zielbild.domain.agenda.AddStage;
import org.zielbild.domain.agenda.MoveStage;
import org.zielbild.domain.agenda.RemoveStage;
import org.zielbild.domain.agenda.RenameStage;
import org.zielbild.domain.agenda.SetStageInstructions;
import org.zielbild.domain.agenda.SetStageTimeBox;
import org.zielbild.domain.agenda.Stage;
import org.zielbild.domain.board.AddBoard;
import org.zielbild.domain.board.AddCluster;
import org.zielbild.domain.board.AddNote;
import org.zielbild.domain.board.Board;
import org.zielbild.domain.board.Cluster;
import org.zielbild.domain.board.DissolveCluster;
import org.zielbild.domain.board.DotVote;
import org.zielbild.domain.board.EditNoteText;
import org.zielbild.domain.board.EndVote;
import org.zielbild.domain.board.MoveCluster;
import org.zielbild.domain.board.Note;
import org.zielbild.domain.board.NoteDetails;
import org.zielbild.domain.board.NotePlacement;
import org.zielbild.domain.board.PlaceDot;
import org.zielbild.domain.board.PlaceNotes;
import org.zielbild.domain.board.RemoveBoard;
import org.zielbild.domain.board.RemoveDot;
import org.zielbild.domain.board.RemoveNotes;
import org.zielbild.domain.board.RenameCluster;
import org.zielbild.domain.board.RevealVote;
import org.zielbild.domain.board.SetBoardHidden;
import org.zielbild.domain.board.SetNoteDetails;
import org.zielbild.domain.board.StartVote;
import org.zielbild.domain.day.DayLog;
import org.zielbild.domain.day.EndStage;
import org.zielbild.domain.day.ExtendTimer;
import org.zielbild.domain.day.PauseTimer;
import org.zielbild.domain.day.ResetTimer;
import org.zielbild.domain.day.RestoreDayLog;
import org.zielbild.domain.day.ResumeTimer;
import org.zielbild.domain.day.StartFreeTimer;
import org.zielbild.domain.day.StartStage;
import org.zielbild.domain.day.StopFreeTimer;
import org.zielbild.domain.day.TimerTarget;
import org.zielbild.domain.mood.AddMoodEntry;
import org.zielbild.domain.mood.AddMoodRound;
import org.zielbild.domain.mood.Emotion;
import org.zielbild.domain.mood.MoodEntry;
import org.zielbild.domain.mood.MoodKind;
import org.zielbild.domain.mood.MoodRound;
import org.zielbild.domain.mood.RemoveMoodEntry;
import org.zielbild.domain.mood.RemoveMoodRound;
import org.zielbild.domain.mood.RevealMoodRound;
import org.zielbild.domain.roster.AddParticipant;
import org.zielbild.domain.roster.AddParticipants;
import org.zielbild.domain.roster.AddTeam;
import org.zielbild.domain.roster.Participant;
import org.zielbild.domain.roster.RemoveParticipant;
import org.zielbild.domain.roster.RemoveParticipants;
import org.zielbild.domain.roster.RemoveTeam;
import org.zielbild.domain.roster.RenameParticipant;
import org.zielbild.domain.roster.RenameTeam;
import org.zielbild.domain.roster.SetParticipantTeam;
import org.zielbild.domain.roster.SetTeamColor;
import org.zielbild.domain.roster.Team;
import org.zielbild.domain.roster.TeamColor;
import org.zielbild.session.OpenSession;
import org.zielbild.session.SessionService;

/**
 * Writes a stored sample session whose snapshot and journal hold every change type the catalog
 * had when it was written (see {@link AllChangesSampleTest}), plus {@code replayed.json}: the
 * snapshot the store wrote for the session as opening it replays the journal. Run it once, with the
 * version under test, into a new folder:
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.zielbild.store.AllChangesSample src/test/resources/store/samples/v1/all-changes}.
 * Never regenerate a folder that is committed: its bytes are what that version wrote.
 */
public final class AllChangesSample {

    static final String TITLE = "All changes v1";
    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

    private AllChangesSample() {
    }

    public static void main(String[] args) throws Exception {
        write(Path.of(args[0]), TITLE, AllChangesSample::morning, s -> {
            agendaAndRoster(s);
            dayLog(s);
            board(s);
            moods(s);
        });
    }

    /**
     * Writes a sample folder: a session made with {@code snapshot} and closed (so its snapshot holds
     * that), then {@code journal} applied on top ({@code session.json} and {@code journal.jsonl}), then
     * the snapshot the store writes once opening has replayed and compacted them ({@code replayed.json}).
     */
    static void write(Path outFolder, String title, Consumer<SessionService> snapshot, Consumer<SessionService> journal)
            throws Exception {
        Path out = Files.createDirectories(outFolder);
        Path work = Files.createTempDirectory("sample");
        WorkspaceSessionLibrary library = StoreTestSupport.library(work.resolve("sessions"));
        StoreTestSupport.Inbox fx = new StoreTestSupport.Inbox();
        Path folder;
        try (OpenSession open = library.create(StoreTestSupport.templateSession(title), fx)) {
            folder = Path.of(open.location());
            snapshot.accept(open.service());
            fx.awaitSaved(open.service());
        } // closed: the snapshot holds the first part with its history
        try (OpenSession open = library.openFolder(folder, fx)) {
            SessionService s = open.service();
            journal.accept(s);
            fx.awaitSaved(s);
            Files.copy(folder.resolve("session.json"), out.resolve("session.json"), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(folder.resolve("journal.jsonl"), out.resolve("journal.jsonl"), StandardCopyOption.REPLACE_EXISTING);
        }
        // Opening replays the journal and compacts: the new snapshot is the replayed session and history.
        try (OpenSession open = library.openFolder(folder, fx)) {
            fx.awaitSaved(open.service());
        }
        Files.copy(folder.resolve("session.json"), out.resolve("replayed.json"), StandardCopyOption.REPLACE_EXISTING);
        System.out.println("sample written to " + out);
    }

    private static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    private static String stage(SessionService s, int index) {
        return s.session().agenda().stages().get(index).id();
    }

    /** Teams, people, the first stages run, a pains-and-gains board and an anonymous check-in: all in the snapshot. */
    private static void morning(SessionService s) {
        s.apply(AddTeam.atEnd(new Team("t-red", "Rot", TeamColor.VERMILLION)));
        s.apply(AddTeam.atEnd(new Team("t-blue", "Blau", TeamColor.BLUE)));
        s.apply(new AddParticipants(List.of(new Participant("p-anna", "Anna", "t-red"),
                new Participant("p-ben", "Ben", "t-blue"), new Participant("p-cem", "Cem", null),
                new Participant("p-dana", "Dana", "t-blue"))));
        s.apply(new StartStage(stage(s, 0), at(0)));
        s.apply(new StartStage(stage(s, 1), at(15)));
        s.apply(new AddBoard(Board.of("b-pains", stage(s, 1), 0, "Pains and gains", List.of("Pains", "Gains"))));
        s.apply(AddNote.onTop(new Note("n-1", "b-pains", 0, "Too many meetings", "t-red", "Anna", 10, 20, null, null, at(16))));
        s.apply(AddNote.onTop(new Note("n-2", "b-pains", 1, "Great colleagues\nand coffee", null, "", 220, 20,
                TeamColor.YELLOW, null, at(17))));
        s.apply(AddMoodRound.atEnd(MoodRound.start("m-in", stage(s, 1), MoodKind.CHECK_IN, true, at(18))));
        s.apply(new AddMoodEntry("m-in", new MoodEntry("e-1", null, 2, List.of(Emotion.TIRED), List.of("müde"), "Long week")));
        s.apply(new AddMoodEntry("m-in", new MoodEntry("e-2", null, 4, List.of(Emotion.CURIOUS, Emotion.HOPEFUL), List.of(), "")));
        s.apply(new RevealMoodRound("m-in", true));
    }

    private static void agendaAndRoster(SessionService s) {
        SessionInfo info = s.session().info();
        s.apply(new EditSessionInfo(new SessionInfo(info.title(), info.date(), "Kassel", "Kim Weber", info.language())));
        s.apply(new AddStage(new Stage("st-break", "Coffee break", TargetPictureDay.WELCOME, 15, "", List.of()), 3));
        s.apply(new RenameStage("st-break", "Long coffee break ☕"));
        s.apply(new SetStageTimeBox("st-break", 20));
        s.apply(new SetStageInstructions("st-break", "Fresh air.\nBack at 11:00."));
        s.apply(new MoveStage("st-break", 4));
        s.apply(new RemoveStage("st-break"));
        s.undo(); // the break comes back (UNDO: stage.add)
        s.apply(AddTeam.atEnd(new Team("t-green", "Grün", TeamColor.BLUISH_GREEN)));
        s.apply(new RenameTeam("t-green", "Grün & Co"));
        s.apply(new SetTeamColor("t-green", TeamColor.ORANGE));
        s.apply(AddParticipant.atEnd(new Participant("p-emil", "Emil", "t-green")));
        s.apply(new RenameParticipant("p-emil", "Emil Ö."));
        s.apply(new SetParticipantTeam("p-cem", "t-green"));
        s.apply(new AddParticipants(List.of(new Participant("p-fatma", "Fatma", null), new Participant("p-gregor", "Gregor", "t-red"))));
        s.apply(new RemoveParticipants(List.of("p-anna", "p-gregor")));
        s.undo(); // UNDO: participant.restoreMany
        s.apply(new RemoveTeam("t-green"));
        s.undo(); // UNDO: a batch of team.add and participant.team
        s.apply(new RemoveParticipant("p-fatma"));
        s.apply(new Batch(Message.of("change.importParticipants", 2), List.of(
                AddParticipant.atEnd(new Participant("p-hanna", "Hanna", "t-red")),
                new AddParticipant(new Participant("p-ilka", "Ilka", null), 0))));
    }

    private static void dayLog(SessionService s) {
        s.apply(new StartStage(stage(s, 2), at(75)));
        s.apply(new PauseTimer(TimerTarget.STAGE, at(80)));
        s.apply(new ResumeTimer(TimerTarget.STAGE, at(83)));
        s.apply(new ExtendTimer(TimerTarget.STAGE, 10));
        s.apply(new ExtendTimer(TimerTarget.STAGE, -5));
        s.apply(new ResetTimer(TimerTarget.STAGE, at(85)));
        s.apply(new StartFreeTimer(7, "Silent writing", at(86)));
        s.apply(new PauseTimer(TimerTarget.FREE, at(88)));
        s.apply(new ResumeTimer(TimerTarget.FREE, at(89)));
        s.apply(new StopFreeTimer());
        DayLog live = s.session().dayLog();
        s.apply(new EndStage(at(95)));
        s.apply(new RestoreDayLog(live)); // what undoing the end would put back
    }

    private static void board(SessionService s) {
        String customer = stage(s, 2);
        s.apply(new AddBoard(Board.of("b-see", customer, 0, "How do our customers see us?", List.of())));
        s.apply(new SetBoardHidden("b-see", true));
        s.apply(new SetBoardHidden("b-see", false));
        s.apply(AddNote.onTop(new Note("n-3", "b-see", 0, "Reliable but slow", "t-blue", "Ben", 0, 0, null, null, at(90))));
        s.apply(AddNote.onTop(new Note("n-4", "b-see", 0, "Friendly on the phone", "t-red", "", 200, 0, null, null, at(91))));
        s.apply(new AddNote(new Note("n-5", "b-see", 0, "Expensive", null, "Cem", 400, 0, TeamColor.GREY, null, at(92)), 0));
        s.apply(new EditNoteText("n-5", "Expensive but good"));
        s.apply(AddCluster.atEnd(new Cluster("c-1", "b-see", "Service", 0, 300)));
        s.apply(new PlaceNotes(List.of(new NotePlacement("n-3", 0, 10, 320, "c-1"), new NotePlacement("n-4", 0, 210, 320, "c-1"))));
        s.apply(new SetNoteDetails(List.of(new NoteDetails("n-3", "t-red", "Ben B.", TeamColor.SKY_BLUE))));
        s.apply(new RenameCluster("c-1", "Service & speed"));
        s.apply(new MoveCluster("c-1", 40, 360.5));
        s.apply(new DissolveCluster("c-1"));
        s.undo(); // UNDO: a batch of cluster.add and note.place
        s.apply(new StartVote("b-see", DotVote.start("v-1", 3, 2, at(96))));
        s.apply(new PlaceDot("b-see", "p-ben", "n-3"));
        s.apply(new PlaceDot("b-see", "p-ben", "n-3"));
        s.apply(new PlaceDot("b-see", "p-dana", "n-4"));
        s.apply(new PlaceDot("b-see", "p-cem", "n-5"));
        s.apply(new RemoveDot("b-see", "p-ben", "n-3"));
        s.apply(new RemoveNotes(List.of("n-4")));
        s.undo(); // UNDO: note.restore with Dana's dot
        s.apply(new RevealVote("b-see", true));
        s.apply(new EndVote("b-see"));
        s.undo(); // UNDO: vote.restore
        s.apply(new AddBoard(Board.of("b-spare", customer, 1, "Spare", List.of())));
        s.apply(new RemoveBoard("b-spare"));
    }

    private static void moods(SessionService s) {
        String closing = stage(s, s.session().agenda().stages().size() - 1);
        s.apply(AddMoodRound.atEnd(MoodRound.start("m-try", closing, MoodKind.CHECK_OUT, true, at(400))));
        s.apply(new RemoveMoodRound("m-try"));
        s.apply(AddMoodRound.atEnd(MoodRound.start("m-out", closing, MoodKind.CHECK_OUT, false, at(401))));
        s.apply(new AddMoodEntry("m-out", new MoodEntry("e-3", "p-ben", 5, List.of(Emotion.MOTIVATED), List.of("bereit"),
                "Let's go")));
        s.apply(new AddMoodEntry("m-out", new MoodEntry("e-4", "p-dana", 3, List.of(), List.of(), "")));
        s.apply(new AddMoodEntry("m-out", new MoodEntry("e-5", "p-cem", 1, List.of(Emotion.WORRIED), List.of(), "")));
        s.apply(new RemoveMoodEntry("m-out", "e-5"));
        s.apply(new RevealMoodRound("m-out", true));
    }
}
