package org.zielbild.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zielbild.domain.Session;
import org.zielbild.domain.agenda.RenameStage;
import org.zielbild.domain.roster.AddParticipant;
import org.zielbild.domain.roster.Participant;
import org.zielbild.session.OpenSession;
import org.zielbild.session.SessionService;
import org.zielbild.session.SessionSummary;
import org.zielbild.session.SessionUnavailableException;

class WorkspaceSessionLibraryTest {

    @TempDir
    Path home;

    private Path workspace() {
        return home.resolve("sessions");
    }

    @Test
    void aCreatedSessionIsListedAndReopensWithItsChangesAndItsUndoHistory() throws Exception {
        WorkspaceSessionLibrary library = StoreTestSupport.library(workspace());
        StoreTestSupport.Inbox fx = new StoreTestSupport.Inbox();
        Session session = StoreTestSupport.templateSession("Target picture 2027");
        try (OpenSession open = library.create(session, fx)) {
            SessionService service = open.service();
            for (int i = 0; i < 120; i++) {
                service.apply(AddParticipant.atEnd(new Participant("p" + i, "Person " + i, null)));
            }
            service.apply(new RenameStage(session.agenda().stages().get(0).id(), "Hello"));
            service.undo();
            fx.awaitSaved(service);
        }
        List<SessionSummary> list = library.list();
        assertThat(list).singleElement().satisfies(s -> {
            assertThat(s.title()).isEqualTo("Target picture 2027");
            assertThat(s.id()).isEqualTo(session.id());
            assertThat(Path.of(s.location()).getParent()).isEqualTo(workspace().toAbsolutePath());
        });
        try (OpenSession again = library.open(list.get(0), fx)) {
            SessionService service = again.service();
            assertThat(service.session().roster().participants()).hasSize(120);
            assertThat(service.canRedo()).isTrue();
            assertThat(service.state().history().undo()).hasSizeGreaterThanOrEqualTo(100);
            assertThat(service.redo()).isTrue();
            assertThat(service.session().agenda().stages().get(0).title()).isEqualTo("Hello");
            assertThat(service.undo()).isTrue(); // the rename
            for (int i = 0; i < 100; i++) {
                assertThat(service.undo()).isTrue();
            }
            assertThat(service.session().roster().participants()).hasSize(20);
            fx.awaitSaved(service);
        }
        Path folder = Path.of(list.get(0).location());
        assertThat(Files.size(folder.resolve("journal.jsonl"))).as("closing compacts the journal").isZero();
        assertThat(Files.readString(folder.resolve("session.json"), StandardCharsets.UTF_8)).startsWith("{\"schemaVersion\":1,");
    }

    @Test
    void aSessionOpenInThisProcessCannotBeOpenedTwice() throws Exception {
        WorkspaceSessionLibrary library = StoreTestSupport.library(workspace());
        StoreTestSupport.Inbox fx = new StoreTestSupport.Inbox();
        try (OpenSession open = library.create(StoreTestSupport.templateSession("Twice"), fx)) {
            SessionSummary summary = library.list().get(0);
            assertThatThrownBy(() -> library.open(summary, fx)).isInstanceOf(SessionUnavailableException.class)
                    .extracting(e -> ((SessionUnavailableException) e).userMessage().key()).isEqualTo("store.lock.thisWindow");
        }
        try (OpenSession reopened = library.open(library.list().get(0), fx)) {
            assertThat(reopened.notes()).isEmpty();
        }
    }

    @Test
    void aFolderThatIsNoSessionIsRefusedAndLeftAlone() throws Exception {
        Path other = Files.createDirectories(home.resolve("holiday-photos"));
        Files.writeString(other.resolve("beach.txt"), "sand");
        WorkspaceSessionLibrary library = StoreTestSupport.library(workspace());
        assertThatThrownBy(() -> library.openFolder(other, Runnable::run))
                .extracting(e -> ((SessionUnavailableException) e).userMessage().key()).isEqualTo("store.open.notSession");
        try (var files = Files.list(other)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("beach.txt");
        }
    }

    @Test
    void duplicateRenameExportImportAndDeleteKeepSessionsApart() throws Exception {
        WorkspaceSessionLibrary library = StoreTestSupport.library(workspace());
        StoreTestSupport.Inbox fx = new StoreTestSupport.Inbox();
        Session session = StoreTestSupport.templateSession("Original");
        try (OpenSession open = library.create(session, fx)) {
            open.service().apply(AddParticipant.atEnd(new Participant("p1", "Anna", null)));
            fx.awaitSaved(open.service());
        }
        SessionSummary original = library.list().get(0);

        SessionSummary copy = library.duplicate(original, "Original (copy)");
        assertThat(copy.id()).isNotEqualTo(original.id());
        assertThat(copy.location()).isNotEqualTo(original.location());
        try (OpenSession open = library.open(copy, fx)) {
            assertThat(open.service().session().roster().participants()).extracting(Participant::name).containsExactly("Anna");
            assertThat(open.service().canUndo()).as("a copy starts with a fresh history").isFalse();
        }

        library.rename(original, "Renamed");
        SessionSummary renamed = library.list().stream().filter(s -> s.id().equals(original.id())).findFirst().orElseThrow();
        assertThat(renamed.title()).isEqualTo("Renamed");
        assertThat(renamed.location()).as("the folder keeps its name").isEqualTo(original.location());
        try (OpenSession open = library.open(renamed, fx)) {
            assertThat(open.service().undoLabel()).as("renaming is an undoable change")
                    .contains(org.zielbild.domain.Message.of("change.editSessionInfo"));
        }
        assertThatThrownBy(() -> library.rename(renamed, "  ")).isInstanceOfSatisfying(SessionUnavailableException.class,
                e -> assertThat(e.userMessage().key()).isEqualTo("error.session.titleEmpty"));

        Path exported = home.resolve("out/renamed.zielbild.json");
        library.exportTo(renamed, exported);
        String json = Files.readString(exported);
        assertThat(json).contains("\"format\" : \"zielbild-session\"", "\"schemaVersion\" : 1", "Renamed")
                .doesNotContain("history");
        SessionSummary first = library.importFrom(exported);
        SessionSummary second = library.importFrom(exported);
        assertThat(first.id()).as("the id exists already: a new one").isNotEqualTo(original.id());
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(library.list()).hasSize(4);

        try (OpenSession open = library.open(second, fx)) {
            assertThatThrownBy(() -> library.delete(second)).isInstanceOfSatisfying(SessionUnavailableException.class,
                    e -> assertThat(e.userMessage().key()).isEqualTo("store.lock.thisWindow"));
        }
        library.delete(second);
        assertThat(Path.of(second.location())).doesNotExist();
        assertThat(library.list()).extracting(SessionSummary::id).doesNotContain(second.id()).hasSize(3);
    }

    @Test
    void anImportThatIsNoSessionIsRefusedClearly() throws Exception {
        WorkspaceSessionLibrary library = StoreTestSupport.library(workspace());
        Path notes = Files.writeString(home.resolve("shopping.json"), "{\"milk\": 2}");
        assertThatThrownBy(() -> library.importFrom(notes)).isInstanceOfSatisfying(SessionUnavailableException.class, e -> {
            assertThat(e.userMessage().key()).isEqualTo("store.import.unreadable");
            assertThat(e.userMessage().args().get(1)).isEqualTo(org.zielbild.domain.Message.of("store.damage.noVersion"));
        });
        assertThat(library.list()).isEmpty();
    }
}
