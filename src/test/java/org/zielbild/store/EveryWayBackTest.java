package org.zielbild.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zielbild.domain.Language;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;
import org.zielbild.domain.TargetPictureDay;
import org.zielbild.domain.agenda.Stage;
import org.zielbild.domain.board.AddBoard;
import org.zielbild.domain.board.AddNote;
import org.zielbild.domain.board.Board;
import org.zielbild.domain.board.Note;
import org.zielbild.domain.roster.AddParticipant;
import org.zielbild.domain.roster.AddTeam;
import org.zielbild.domain.roster.Participant;
import org.zielbild.domain.roster.Team;
import org.zielbild.domain.roster.TeamColor;
import org.zielbild.session.OpenSession;
import org.zielbild.session.RecoveryOption;
import org.zielbild.session.SessionDamagedException;
import org.zielbild.session.SessionService;
import org.zielbild.ui.common.I18n;

/**
 * Issue 17, cases 2 and 6: a damaged {@code session.json} offers every way back that exists, best
 * first, each with its time and what it holds, and never a made-up date. The hostile tester's
 * scenario, with a real kill -9 of the process that typed the last notes.
 */
class EveryWayBackTest {

    @TempDir
    Path home;

    private final StoreTestSupport.Inbox fx = new StoreTestSupport.Inbox();

    /** 4 teams, 23 participants and 11 notes on one board; closed again. */
    private Path dayWithPeopleAndNotes(WorkspaceSessionLibrary library) throws Exception {
        try (OpenSession open = library.create(StoreTestSupport.templateSession("Kick-off"), fx)) {
            SessionService s = open.service();
            for (int t = 0; t < 4; t++) {
                s.apply(AddTeam.atEnd(new Team("t" + t, "Team " + t, TeamColor.forIndex(t))));
            }
            for (int i = 0; i < 23; i++) {
                s.apply(AddParticipant.atEnd(new Participant("p" + i, "Person " + i, "t" + (i % 4))));
            }
            Stage reflection = s.session().agenda().stages().stream()
                    .filter(st -> st.moduleId().equals(TargetPictureDay.REFLECTION)).findFirst().orElseThrow();
            s.apply(new AddBoard(Board.of("b1", reflection.id(), 0, "Pains and gains", reflection.prompts())));
            for (int i = 0; i < 11; i++) {
                s.apply(AddNote.onTop(new Note("n" + i, "b1", 0, "First note " + i, "t1", "", 10.0 * i, 0, null, null,
                        Instant.parse("2026-11-23T09:00:00Z"))));
            }
            fx.awaitSaved(s);
            return Path.of(open.location());
        }
    }

    /** Reopened in another process, 15 notes typed and saved, then kill -9. */
    private static void fifteenMoreNotesThenKill(Path folder) throws Exception {
        ChildProcess typing = ChildProcess.start(folder, TypingChild.class, folder.toString(), "b1", "15");
        try {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!typing.said("SAVED") && System.nanoTime() < end) {
                Thread.sleep(20);
            }
            assertThat(typing.said("SAVED")).as(typing.errTail()).isTrue();
        } finally {
            typing.kill();
        }
    }

    private static SessionDamagedException openDamaged(WorkspaceSessionLibrary library, Path folder) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> library.openFolder(folder, new StoreTestSupport.Inbox()).close());
        assertThat(thrown).isInstanceOf(SessionDamagedException.class);
        return (SessionDamagedException) thrown;
    }

    @Test
    void anEmptiedSessionFileOffersTheWholeDayFirstAndEveryBackupWithWhatItHolds() throws Exception {
        WorkspaceSessionLibrary library = StoreTestSupport.library(home.resolve("sessions"));
        Path folder = dayWithPeopleAndNotes(library);
        fifteenMoreNotesThenKill(folder);
        try (FileChannel ch = FileChannel.open(folder.resolve("session.json"), StandardOpenOption.WRITE)) {
            ch.truncate(0);
        }
        Map<Path, String> before = Checksums.of(folder);

        SessionDamagedException damaged = openDamaged(library, folder);

        assertThat(damaged.problems()).extracting(Message::key).contains("store.damage.line");
        assertThat(damaged.problems().get(0).args()).containsExactly(folder.resolve("session.json").toString(),
                Message.of("store.damage.empty"));
        List<RecoveryOption> options = damaged.options();
        assertThat(options).hasSizeGreaterThanOrEqualTo(2);
        Session best = options.get(0).state().session();
        assertThat(best.roster().participants()).hasSize(23);
        assertThat(best.roster().teams()).hasSize(4);
        assertThat(best.boards().notes()).as("11 notes before closing, 15 typed after reopening").hasSize(26);
        assertThat(options).extracting(o -> o.state().seq()).as("best first").isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(options).as("the backup from when the session was made, with what it holds")
                .anySatisfy(o -> assertThat(o.state().session().roster().participants()).isEmpty());
        I18n en = new I18n(Language.EN);
        String first = en.text(options.get(0).description());
        assertThat(first).startsWith("The backup from").contains("with 54 later changes", "23 participants, 4 teams, 26 notes",
                "last change");
        for (RecoveryOption option : options) {
            assertThat(en.text(option.description())).doesNotContain("1970").doesNotContain("!store.");
            assertThat(new I18n(Language.DE).text(option.description())).doesNotContain("1970").doesNotContain("!store.");
            assertThat(dates(option.description())).allSatisfy(d -> assertThat(d.toInstant()).isAfter(Instant.parse("2020-01-01T00:00:00Z")));
        }
        assertThat(Checksums.of(folder)).as("a refused open changes nothing").isEqualTo(before);

        try (OpenSession recovered = library.openRecovered(options.get(0), "Kick-off (recovered)", fx)) {
            assertThat(recovered.service().session().boards().notes()).hasSize(26);
        }
    }

    @Test
    void withoutTheKeptJournalsTheLaterChangesAreNamedNotHidden() throws Exception {
        WorkspaceSessionLibrary library = StoreTestSupport.library(home.resolve("sessions"));
        Path folder = dayWithPeopleAndNotes(library);
        fifteenMoreNotesThenKill(folder);
        Files.write(folder.resolve("session.json"), new byte[0]);
        try (var kept = Files.list(folder.resolve("backups"))) {
            for (Path p : kept.filter(p -> p.getFileName().toString().startsWith("journal-")).toList()) {
                Files.delete(p); // as a session saved by an earlier version, which did not keep them
            }
        }
        SessionDamagedException damaged = openDamaged(library, folder);
        assertThat(damaged.options()).isNotEmpty();
        assertThat(damaged.problems()).extracting(Message::key).contains("store.recover.unconnected");
        String said = new I18n(Language.EN).text(damaged.problems().get(damaged.problems().size() - 1));
        assertThat(said).startsWith("The change logs also hold 15 changes");
    }

    @Test
    void aMissingOrUnreadableJournalNeverDatesAnOptionToNineteenSeventy() throws Exception {
        WorkspaceSessionLibrary library = StoreTestSupport.library(home.resolve("sessions"));
        Path folder = dayWithPeopleAndNotes(library);
        Files.write(folder.resolve("session.json"), "{\"schemaVersion\":1".getBytes());
        Files.delete(folder.resolve("journal.jsonl"));
        SessionDamagedException missing = openDamaged(library, folder);
        assertThat(missing.options()).isNotEmpty();
        missing.options().forEach(o -> assertThat(dates(o.description()))
                .allSatisfy(d -> assertThat(d.toInstant()).isAfter(Instant.parse("2020-01-01T00:00:00Z"))));

        ProcessBuilder mkfifo = new ProcessBuilder("mkfifo", folder.resolve("journal.jsonl").toString());
        assertThat(mkfifo.start().waitFor()).isZero();
        SessionDamagedException pipe = openDamaged(library, folder);
        assertThat(new I18n(Language.EN).text(pipe.problems().get(1))).endsWith("journal.jsonl: it is not an ordinary file "
                + "but a named pipe (FIFO).");
        pipe.options().forEach(o -> assertThat(dates(o.description()))
                .allSatisfy(d -> assertThat(d.toInstant()).isAfter(Instant.parse("2020-01-01T00:00:00Z"))));
    }

    @Test
    void aBackupOfAnotherSessionOrAJunkFileIsNeverOffered() throws Exception {
        WorkspaceSessionLibrary library = StoreTestSupport.library(home.resolve("sessions"));
        Path folder = dayWithPeopleAndNotes(library);
        Files.write(folder.resolve("session.json"), new byte[0]);
        Files.write(folder.resolve("backups").resolve("session-9999999999-20300101-000000-000.json"), "junk".getBytes());
        SessionDamagedException damaged = openDamaged(library, folder);
        assertThat(damaged.options()).isNotEmpty().allSatisfy(o -> assertThat(o.state().seq()).isLessThan(9_999_999_999L));
        assertThatThrownBy(() -> library.openFolder(folder, fx)).isInstanceOf(SessionDamagedException.class);
    }

    /** The dates a message (and the messages in it) will show. */
    private static List<Date> dates(Message m) {
        List<Date> out = new java.util.ArrayList<>();
        for (Object arg : m.args()) {
            if (arg instanceof Date d) {
                out.add(d);
            } else if (arg instanceof Message inner) {
                out.addAll(dates(inner));
            }
        }
        return out;
    }
}
