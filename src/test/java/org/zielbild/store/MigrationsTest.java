package org.zielbild.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zielbild.domain.Session;
import org.zielbild.domain.roster.AddParticipant;
import org.zielbild.domain.roster.Participant;
import org.zielbild.domain.roster.Team;
import org.zielbild.session.HistoryStep;
import org.zielbild.session.OpenSession;
import org.zielbild.session.SessionDamagedException;
import org.zielbild.session.SessionService;
import org.zielbild.session.SessionSummary;
import org.zielbild.session.SessionUnavailableException;

/**
 * Files of every schema version keep opening. The stored samples under
 * {@code src/test/resources/store/samples/v<N>} were written by the version they are named after.
 */
class MigrationsTest {

    private static final Path SAMPLES = Path.of("src", "test", "resources", "store", "samples");

    @TempDir
    Path home;

    private final StoreTestSupport.Inbox fx = new StoreTestSupport.Inbox();

    @Test
    void everyVersionUpToTheCurrentHasStoredSamples() {
        for (int v = 1; v <= Migrations.CURRENT; v++) {
            Path dir = SAMPLES.resolve("v" + v);
            assertThat(dir.resolve("session/session.json")).as("v%d: add samples with SampleSessions", v).exists();
            assertThat(dir.resolve("session/journal.jsonl")).exists();
            assertThat(dir.resolve("export.zielbild.json")).exists();
        }
    }

    @Test
    void theVersion1SessionFolderOpensWithItsJournalAndHistory() throws Exception {
        Path folder = copySample(1);
        try (OpenSession open = StoreTestSupport.library(home.resolve("sessions")).openFolder(folder, fx)) {
            SessionService s = open.service();
            assertVersion1Facts(s.session());
            assertThat(s.state().seq()).isEqualTo(11);
            assertThat(s.canUndo()).isTrue();
            assertThat(s.canRedo()).isTrue();
            assertThat(s.redo()).isTrue(); // removes the closing stage again
            assertThat(s.session().agenda().stages()).hasSize(6);
            for (int i = 0; i < 7; i++) {
                assertThat(s.undo()).isTrue();
            }
            assertThat(s.session().roster().participants()).isEmpty();
            fx.awaitSaved(s);
        }
        assertThat(Files.readString(folder.resolve("session.json"))).startsWith("{\"schemaVersion\":" + Migrations.CURRENT + ",");
    }

    @Test
    void theVersion1ExportImports() throws Exception {
        WorkspaceSessionLibrary library = StoreTestSupport.library(home.resolve("sessions"));
        SessionSummary imported = library.importFrom(SAMPLES.resolve("v1/export.zielbild.json"));
        try (OpenSession open = library.open(imported, fx)) {
            assertVersion1Facts(open.service().session());
            assertThat(open.service().canUndo()).as("an export carries no history").isFalse();
        }
    }

    private static void assertVersion1Facts(Session s) {
        assertThat(s.info().title()).isEqualTo("Sample workshop v1");
        assertThat(s.roster().teams()).extracting(Team::name).containsExactly("Blau");
        assertThat(s.roster().participants()).extracting(Participant::name, Participant::teamId).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Anna", "t-blue"), org.assertj.core.groups.Tuple.tuple("Jörg", "t-blue"),
                org.assertj.core.groups.Tuple.tuple("Zoë 🎯", "t-blue"),
                org.assertj.core.groups.Tuple.tuple("O'Brien \"Max\"", null));
        assertThat(s.agenda().stages()).hasSize(7);
        assertThat(s.agenda().stages().get(0).timeBoxMinutes()).isEqualTo(20);
    }

    /** A pretend version 2 whose step changes places, names in added participants, and renames. */
    private static final MigrationStep TO_2 = new MigrationStep() {
        @Override
        public int from() {
            return 1;
        }

        @Override
        public void session(ObjectNode session) {
            ObjectNode info = (ObjectNode) session.get("info");
            info.put("place", info.get("place").asText().toUpperCase(java.util.Locale.ROOT));
        }

        @Override
        public void change(ObjectNode change) {
            String type = change.path("type").asText();
            if (type.equals("participant.add")) {
                ObjectNode p = (ObjectNode) change.get("participant");
                p.put("name", p.get("name").asText() + "+");
            } else if (type.equals("participant.rename")) {
                change.put("name", change.get("name").asText() + "!");
            }
        }
    };

    @Test
    void aMigrationStepRewritesSnapshotHistoryAndJournalAndTheOpenedSessionIsStoredInTheNewVersion() throws Exception {
        Path folder = copySample(1);
        byte[] v1 = Files.readAllBytes(folder.resolve("session.json"));
        WorkspaceSessionLibrary v2 = new WorkspaceSessionLibrary(home.resolve("sessions"), home.resolve("rescue"),
                StoreTestSupport.CLOCK, FileOps.REAL, StoreTestSupport.FAST, new StoreTestSupport.DeletingTrash(),
                new Migrations(2, List.of(TO_2)));
        try (OpenSession open = v2.openFolder(folder, fx)) {
            Session s = open.service().session();
            assertThat(s.info().place()).isEqualTo("BERLIN");
            assertThat(s.roster().participants()).extracting(Participant::name).contains("Jörg!", "Zoë 🎯+");
            assertThat(open.service().state().history().undo()).map(HistoryStep::change)
                    .contains(AddParticipant.atEnd(new Participant("p-anna", "Anna+", "t-blue")));
        }
        assertThat(Files.readString(folder.resolve("session.json"))).startsWith("{\"schemaVersion\":2,");
        assertThat(Backups.snapshots(new SessionFiles(folder))).anySatisfy(b -> assertThat(Files.readAllBytes(b)).isEqualTo(v1));
        assertThatThrownBy(() -> new Migrations(3, List.of(TO_2))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFileFromANewerVersionIsRefusedAndLeftAlone() throws Exception {
        Path folder = copySample(1);
        reseal(folder.resolve("session.json"), tree -> tree.put("schemaVersion", Migrations.CURRENT + 1));
        byte[] before = Files.readAllBytes(folder.resolve("session.json"));
        assertThatThrownBy(() -> StoreTestSupport.library(home.resolve("sessions")).openFolder(folder, fx))
                .isInstanceOfSatisfying(SessionUnavailableException.class, e -> {
                    assertThat(e.userMessage().key()).isEqualTo("store.open.newer");
                    assertThat(e.userMessage().args()).contains(Migrations.CURRENT + 1, Migrations.CURRENT);
                });
        assertThat(Files.readAllBytes(folder.resolve("session.json"))).isEqualTo(before);
    }

    @Test
    void unknownFieldsAndChangeTypesAreRejectedNotDropped() throws Exception {
        Path folder = copySample(1);
        reseal(folder.resolve("session.json"), tree -> ((ObjectNode) tree.get("session")).putArray("futureSlice"));
        assertThatThrownBy(() -> StoreTestSupport.library(home.resolve("sessions")).openFolder(folder, fx))
                .isInstanceOfSatisfying(SessionDamagedException.class, e -> assertThat(e.problems().get(0).args().get(1))
                        .isEqualTo(org.zielbild.domain.Message.of("store.damage.unknownField", "futureSlice",
                                org.zielbild.domain.Message.of("store.damage.at", "session"))));

        Path other = copySample(1);
        List<String> lines = Files.readAllLines(other.resolve("journal.jsonl"), StandardCharsets.UTF_8);
        ObjectMapper json = StoreJson.mapper();
        ObjectNode entry = (ObjectNode) json.readTree(lines.get(0));
        entry.remove("crc");
        ((ObjectNode) entry.get("change")).put("type", "future.change");
        lines.set(0, new String(Seal.seal(json.writeValueAsBytes(entry)), StandardCharsets.UTF_8));
        Files.write(other.resolve("journal.jsonl"), lines, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> StoreTestSupport.library(home.resolve("sessions")).openFolder(other, fx))
                .isInstanceOfSatisfying(SessionDamagedException.class, e -> {
                    assertThat(e.problems().toString()).contains("store.damage.unknownChange", "future.change");
                    assertThat(e.options()).isNotEmpty();
                });
    }

    private Path copySample(int version) throws Exception {
        Path target = home.resolve("v" + version + "-" + System.nanoTime());
        DamageTest.copyTree(SAMPLES.resolve("v" + version + "/session"), target);
        return target;
    }

    private static void reseal(Path file, java.util.function.Consumer<ObjectNode> edit) throws Exception {
        ObjectMapper json = StoreJson.mapper();
        ObjectNode tree = (ObjectNode) json.readTree(Files.readAllBytes(file));
        tree.remove("crc");
        edit.accept(tree);
        Files.write(file, Seal.seal(json.writeValueAsBytes(tree)));
    }
}
