package org.zielbild.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.zielbild.domain.Batch;
import org.zielbild.domain.Message;
import org.zielbild.domain.agenda.RemoveStage;
import org.zielbild.domain.agenda.SetStageTimeBox;
import org.zielbild.domain.roster.AddParticipant;
import org.zielbild.domain.roster.AddTeam;
import org.zielbild.domain.roster.Participant;
import org.zielbild.domain.roster.RenameParticipant;
import org.zielbild.domain.roster.SetParticipantTeam;
import org.zielbild.domain.roster.Team;
import org.zielbild.domain.roster.TeamColor;
import org.zielbild.session.OpenSession;
import org.zielbild.session.SessionService;

/**
 * Writes the stored sample files of the current schema version into
 * {@code src/test/resources/store/samples/v<N>/}: a session folder as a crash leaves it (snapshot
 * with history plus journal lines) and an export. Run it once when a version is introduced:
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.zielbild.store.SampleSessions src/test/resources/store/samples}.
 * Never regenerate the samples of an earlier version: they are what old files look like.
 */
public final class SampleSessions {

    private SampleSessions() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]).resolve("v" + Migrations.CURRENT);
        Path work = Files.createTempDirectory("samples");
        WorkspaceSessionLibrary library = StoreTestSupport.library(work.resolve("sessions"));
        StoreTestSupport.Inbox fx = new StoreTestSupport.Inbox();
        Path folder;
        try (OpenSession open = library.create(StoreTestSupport.templateSession("Sample workshop v" + Migrations.CURRENT), fx)) {
            SessionService s = open.service();
            folder = Path.of(open.location());
            s.apply(new AddTeam(new Team("t-blue", "Blau", TeamColor.BLUE), -1));
            s.apply(AddParticipant.atEnd(new Participant("p-anna", "Anna", "t-blue")));
            s.apply(AddParticipant.atEnd(new Participant("p-joerg", "Jorg", null)));
            s.apply(new SetStageTimeBox(s.session().agenda().stages().get(0).id(), 20));
            fx.awaitSaved(s);
        } // closed: the snapshot holds these four steps and their history
        try (OpenSession open = library.openFolder(folder, fx)) {
            SessionService s = open.service();
            s.apply(new RenameParticipant("p-joerg", "Jörg"));
            s.apply(new Batch(Message.of("change.importParticipants", 2), List.of(
                    AddParticipant.atEnd(new Participant("p-zoe", "Zoë 🎯", "t-blue")),
                    AddParticipant.atEnd(new Participant("p-obrien", "O'Brien \"Max\"", null)))));
            s.apply(new SetParticipantTeam("p-joerg", "t-blue"));
            s.apply(new RemoveStage(s.session().agenda().stages().get(6).id()));
            s.undo(); // the closing stage comes back
            s.undo(); // Jörg leaves the team again
            s.redo(); // and joins it again
            fx.awaitSaved(s);
            Path session = Files.createDirectories(out.resolve("session"));
            Files.copy(folder.resolve("session.json"), session.resolve("session.json"), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(folder.resolve("journal.jsonl"), session.resolve("journal.jsonl"), StandardCopyOption.REPLACE_EXISTING);
        }
        library.exportTo(library.list().get(0), out.resolve("export.zielbild.json"));
        System.out.println("samples written to " + out);
    }
}
