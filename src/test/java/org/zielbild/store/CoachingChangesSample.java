package org.zielbild.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import org.zielbild.domain.coaching.AddCoach;
import org.zielbild.domain.coaching.AddForbiddenPair;
import org.zielbild.domain.coaching.AddQuestion;
import org.zielbild.domain.coaching.AssignmentRun;
import org.zielbild.domain.coaching.BallotShown;
import org.zielbild.domain.coaching.CastCoachBallot;
import org.zielbild.domain.coaching.Coach;
import org.zielbild.domain.coaching.CoachBallot;
import org.zielbild.domain.coaching.CoachingPlan;
import org.zielbild.domain.coaching.CoachingPolicy;
import org.zielbild.domain.coaching.CoachingStep;
import org.zielbild.domain.coaching.EditCoach;
import org.zielbild.domain.coaching.ForbiddenPair;
import org.zielbild.domain.coaching.ForgetBallotShown;
import org.zielbild.domain.coaching.Pin;
import org.zielbild.domain.coaching.PlacementKind;
import org.zielbild.domain.coaching.Question;
import org.zielbild.domain.coaching.RecordAssignmentRun;
import org.zielbild.domain.coaching.RecordBallotShown;
import org.zielbild.domain.coaching.RemoveAssignmentRun;
import org.zielbild.domain.coaching.RemoveCoach;
import org.zielbild.domain.coaching.RemoveForbiddenPair;
import org.zielbild.domain.coaching.RemoveQuestion;
import org.zielbild.domain.coaching.RoomView;
import org.zielbild.domain.coaching.RunCoach;
import org.zielbild.domain.coaching.RunPlacement;
import org.zielbild.domain.coaching.SetCoachingPlan;
import org.zielbild.domain.coaching.SetPin;
import org.zielbild.domain.coaching.SetPitchOrder;
import org.zielbild.domain.coaching.SetQuestionAnswered;
import org.zielbild.domain.coaching.ShowCoachingStep;
import org.zielbild.domain.coaching.WithdrawCoachBallot;
import org.zielbild.domain.day.FreeTimer;
import org.zielbild.domain.day.Timing;
import org.zielbild.domain.roster.AddParticipants;
import org.zielbild.domain.roster.Participant;
import org.zielbild.session.OpenSession;
import org.zielbild.session.SessionService;

/**
 * Writes the stored sample of the coach round (see {@link CoachingChangesSampleTest}): a snapshot
 * with coaches and people, and a journal that uses every {@code coaching.*} change name, plus
 * {@code replayed.json}. Run it once, with the version that added the names, into a new folder:
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.zielbild.store.CoachingChangesSample
 * src/test/resources/store/samples/v1/coaching-changes}. Never regenerate a folder that is committed.
 */
public final class CoachingChangesSample {

    static final String TITLE = "Coaching changes v1";
    private static final Instant T0 = Instant.parse("2026-11-24T13:00:00Z");

    private CoachingChangesSample() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args[0]));
        Path work = Files.createTempDirectory("coaching-changes");
        WorkspaceSessionLibrary library = StoreTestSupport.library(work.resolve("sessions"));
        StoreTestSupport.Inbox fx = new StoreTestSupport.Inbox();
        Path folder;
        try (OpenSession open = library.create(StoreTestSupport.templateSession(TITLE), fx)) {
            folder = Path.of(open.location());
            coachesAndPeople(open.service());
            fx.awaitSaved(open.service());
        }
        try (OpenSession open = library.openFolder(folder, fx)) {
            SessionService s = open.service();
            round(s);
            fx.awaitSaved(s);
            Files.copy(folder.resolve("session.json"), out.resolve("session.json"), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(folder.resolve("journal.jsonl"), out.resolve("journal.jsonl"), StandardCopyOption.REPLACE_EXISTING);
        }
        try (OpenSession open = library.openFolder(folder, fx)) {
            fx.awaitSaved(open.service());
        }
        Files.copy(folder.resolve("session.json"), out.resolve("replayed.json"), StandardCopyOption.REPLACE_EXISTING);
        System.out.println("sample written to " + out);
    }

    private static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    /** In the snapshot: three people and three coaches, one with a photo reference and languages. */
    private static void coachesAndPeople(SessionService s) {
        s.apply(new AddParticipants(List.of(new Participant("p-ann", "Ann", null), new Participant("p-ben", "Ben", null),
                new Participant("p-cem", "Cem Öztürk", null))));
        s.apply(AddCoach.atEnd(new Coach("c-anna", "Anna Weber", "Agile leadership", "attachments/3f2a.png", "DE, EN", 2)));
        s.apply(AddCoach.atEnd(Coach.of("c-bernd", "Bernd Köhler", 2)));
        s.apply(AddCoach.atEnd(Coach.of("c-dan", "Okafor, Daniel", 1)));
    }

    private static void round(SessionService s) {
        s.apply(new EditCoach(s.session().coaching().requireCoach("c-bernd").withStyle("Systemic coaching")));
        s.apply(new SetCoachingPlan(new CoachingPlan(4, 2, 2, false)));
        s.apply(new SetPitchOrder(List.of("c-bernd", "c-anna", "c-dan"), null));
        s.apply(SetPitchOrder.drawn(List.of("c-anna", "c-bernd", "c-dan"), 42));
        s.apply(new ShowCoachingStep(RoomView.pitch("c-anna"), new FreeTimer(4, "Pitch: Anna Weber", Timing.startedAt(at(1))), true));
        s.apply(new ShowCoachingStep(RoomView.questions("c-anna"), new FreeTimer(2, "Questions: Anna Weber",
                Timing.startedAt(at(5))), true));
        s.apply(new AddQuestion(new Question("q-1", "c-anna", "How often do we meet?", "Ben", false, at(6), 1)));
        s.apply(new AddQuestion(new Question("q-2", "c-anna", "In English?", "", false, at(7), 2)));
        s.apply(new SetQuestionAnswered("q-1", true));
        s.apply(new RemoveQuestion("q-2"));
        s.undo(); // UNDO: coaching.question.add
        s.apply(ShowCoachingStep.of(RoomView.of(CoachingStep.RANKING), true));
        s.apply(new CastCoachBallot(new CoachBallot("p-ann", List.of("c-anna", "c-bernd"))));
        s.apply(new CastCoachBallot(new CoachBallot("p-ben", List.of("c-anna", "c-dan"))));
        s.apply(new WithdrawCoachBallot("p-ben"));
        s.undo(); // UNDO: coaching.ballot.restore
        s.apply(new RecordBallotShown(new BallotShown("p-ann", at(20))));
        s.apply(new RecordBallotShown(new BallotShown("p-ben", at(21))));
        s.apply(new ForgetBallotShown(new BallotShown("p-ben", at(21))));
        s.apply(new AddForbiddenPair(new ForbiddenPair("p-cem", "c-dan")));
        s.apply(new RemoveForbiddenPair(new ForbiddenPair("p-cem", "c-dan")));
        s.apply(new AddForbiddenPair(new ForbiddenPair("p-cem", "c-bernd")));
        s.apply(new SetPin("p-cem", "c-dan"));
        s.apply(new RemoveCoach("c-dan"));
        s.undo(); // UNDO: coaching.coach.add with the pin
        AssignmentRun run = new AssignmentRun("r-1", at(25), CoachingPolicy.RANK_MAXIMAL, 0,
                List.of(new RunCoach("c-anna", "Anna Weber", 2), new RunCoach("c-bernd", "Bernd Köhler", 2),
                        new RunCoach("c-dan", "Okafor, Daniel", 1)),
                List.of(new Pin("p-cem", "c-dan")), List.of(new ForbiddenPair("p-cem", "c-bernd")),
                List.of(new RunPlacement("p-ann", "Ann", "c-anna", "Anna Weber", 1, PlacementKind.RANKED, false),
                        new RunPlacement("p-ben", "Ben", "c-anna", "Anna Weber", 1, PlacementKind.RANKED, false),
                        new RunPlacement("p-cem", "Cem Öztürk", "c-dan", "Okafor, Daniel", 0, PlacementKind.NOT_VOTED, true)));
        s.apply(RecordAssignmentRun.latest(run));
        s.apply(new RemoveAssignmentRun("r-1"));
        s.undo(); // UNDO: coaching.run.add
        s.apply(ShowCoachingStep.of(RoomView.of(CoachingStep.ANNOUNCEMENT), false));
    }
}
