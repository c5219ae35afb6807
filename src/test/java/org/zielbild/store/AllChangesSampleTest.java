package org.zielbild.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zielbild.domain.ChangeCatalog;
import org.zielbild.domain.Session;
import org.zielbild.session.JournalEntry;
import org.zielbild.session.OpenSession;
import org.zielbild.session.SessionService;

/**
 * A session written by the version of 2026-12, whose snapshot and journal use every change type
 * the catalog had then, opens and replays to the very bytes that version wrote. Moving or renaming
 * domain classes must keep this green: the files name changes by catalog name, never by class.
 * The files were written by {@link AllChangesSample}; never regenerate them.
 */
class AllChangesSampleTest {

    private static final Path SAMPLE = Path.of("src", "test", "resources", "store", "samples", "v1", "all-changes");

    /** The catalog's names when the sample was written; names are never removed or renamed. */
    static final Set<String> NAMES = new TreeSet<>(List.of("batch", "session.edit",
            "stage.add", "stage.remove", "stage.move", "stage.rename", "stage.timeBox", "stage.instructions",
            "participant.add", "participant.remove", "participant.rename", "participant.team", "participant.addMany",
            "participant.removeMany", "participant.restoreMany", "team.add", "team.remove", "team.rename", "team.color",
            "run.startStage", "run.endStage", "run.pause", "run.resume", "run.extend", "run.reset",
            "run.freeTimer.start", "run.freeTimer.stop", "run.restore",
            "board.add", "board.remove", "board.hidden", "note.add", "note.remove", "note.restore", "note.text",
            "note.place", "note.details", "cluster.add", "cluster.dissolve", "cluster.rename", "cluster.move",
            "vote.start", "vote.end", "vote.restore", "vote.dot.place", "vote.dot.remove", "vote.reveal",
            "mood.round.add", "mood.round.remove", "mood.round.reveal", "mood.entry.add", "mood.entry.remove"));

    @TempDir
    Path home;

    private final StoreCodec codec = new StoreCodec();

    @Test
    void theJournalUsesEveryChangeNameOfItsTimeAndTheCatalogStillKnowsThemAll() throws Exception {
        Set<String> used = SampleFolders.changeTypes(SAMPLE);
        assertThat(used).isEqualTo(NAMES);
        assertThat(ChangeCatalog.all().keySet()).containsAll(NAMES);
    }

    @Test
    void everyJournalLineReadsAndWritesBackToTheSameBytes() throws Exception {
        byte[] file = Files.readAllBytes(SAMPLE.resolve("journal.jsonl"));
        List<byte[]> lines = lines(file);
        assertThat(lines).hasSize(68);
        for (byte[] line : lines) {
            StoreCodec.SealedLine sealed = codec.readLine(line, line.length);
            JournalEntry entry = codec.entry(sealed, Migrations.CURRENT);
            byte[] again = codec.line(entry);
            assertThat(new String(again, 0, again.length - 1, StandardCharsets.UTF_8))
                    .isEqualTo(new String(line, StandardCharsets.UTF_8));
        }
    }

    @Test
    void theSnapshotsReadAndWriteBackToTheSameBytes() throws Exception {
        SampleFolders.snapshotsWriteBackTheSameBytes(SAMPLE, codec);
    }

    @Test
    void openingReplaysTheJournalToWhatThatVersionReplayedAndWrote() throws Exception {
        Path folder = home.resolve("all-changes");
        DamageTest.copyTree(SAMPLE, folder);
        Files.delete(folder.resolve("replayed.json"));
        StoreTestSupport.Inbox fx = new StoreTestSupport.Inbox();
        try (OpenSession open = StoreTestSupport.library(home.resolve("sessions")).openFolder(folder, fx)) {
            SessionService s = open.service();
            assertCounts(s.session());
            Snapshot replayed = codec.readSnapshot(Files.readAllBytes(SAMPLE.resolve("replayed.json")));
            assertThat(s.session()).isEqualTo(replayed.session());
            assertThat(s.state().history()).isEqualTo(replayed.history());
            assertThat(s.state().seq()).isEqualTo(replayed.seq());
            fx.awaitSaved(s);
        }
        assertThat(Files.readString(folder.resolve("session.json")))
                .isEqualTo(Files.readString(SAMPLE.resolve("replayed.json")));
    }

    @Test
    void theReplayedHistoryUndoesEveryUndoableStepBackToTheTemplate() throws Exception {
        Path folder = home.resolve("undo");
        DamageTest.copyTree(SAMPLE, folder);
        Files.delete(folder.resolve("replayed.json"));
        StoreTestSupport.Inbox fx = new StoreTestSupport.Inbox();
        try (OpenSession open = StoreTestSupport.library(home.resolve("sessions")).openFolder(folder, fx)) {
            SessionService s = open.service();
            int steps = 0;
            while (s.undo()) {
                steps++;
            }
            assertThat(steps).isGreaterThan(40);
            Session start = s.session();
            assertThat(start.info().place()).isEqualTo("Berlin");
            assertThat(start.agenda().stages()).hasSize(7);
            assertThat(start.roster().participants()).isEmpty();
            assertThat(start.roster().teams()).isEmpty();
            assertThat(start.boards().notes()).isEmpty();
            assertThat(start.moods().rounds()).isEmpty();
            // Boards and the day log are bookkeeping, not undone.
            assertThat(start.boards().boards()).hasSize(2);
            assertThat(start.dayLog().runs()).hasSize(3);
            while (s.redo()) {
                steps--;
            }
            assertThat(steps).isZero();
            fx.awaitSaved(s);
        }
    }

    private static void assertCounts(Session s) {
        assertThat(s.info().place()).isEqualTo("Kassel");
        assertThat(s.agenda().stages()).hasSize(8);
        assertThat(s.agenda().stages().get(4).title()).isEqualTo("Long coffee break ☕");
        assertThat(s.roster().teams()).hasSize(3);
        assertThat(s.roster().participants()).hasSize(8);
        assertThat(s.roster().participants().get(0).name()).isEqualTo("Ilka");
        assertThat(s.dayLog().runs()).hasSize(3);
        assertThat(s.dayLog().live()).isPresent();
        assertThat(s.dayLog().free()).isEmpty();
        assertThat(s.boards().boards()).hasSize(2);
        assertThat(s.boards().notes()).hasSize(5);
        assertThat(s.boards().clusters()).hasSize(1);
        assertThat(s.boards().requireBoard("b-see").vote().revealed()).isTrue();
        assertThat(s.boards().requireBoard("b-see").vote().totals()).containsEntry("n-3", 1).containsEntry("n-4", 1)
                .containsEntry("n-5", 1);
        assertThat(s.moods().rounds()).hasSize(2);
        assertThat(s.moods().requireRound("m-out").entries()).hasSize(2);
    }

    private static List<byte[]> lines(byte[] file) {
        List<byte[]> out = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i < file.length; i++) {
            if (file[i] == '\n') {
                out.add(Arrays.copyOfRange(file, start, i));
                start = i + 1;
            }
        }
        assertThat(start).as("the journal ends with a newline").isEqualTo(file.length);
        return out;
    }
}
