package org.zielbild.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zielbild.domain.roster.AddParticipant;
import org.zielbild.domain.roster.Participant;
import org.zielbild.session.OpenSession;
import org.zielbild.session.SaveStatus;
import org.zielbild.session.SessionService;
import org.zielbild.session.SessionSummary;

/** Disk full, read-only folder, access denied, folder removed: the user keeps working and loses nothing. */
class WriteFailureTest {

    @TempDir
    Path home;

    private final FaultyFileOps ops = new FaultyFileOps();
    private final StoreTestSupport.Inbox fx = new StoreTestSupport.Inbox();

    private WorkspaceSessionLibrary library() {
        return StoreTestSupport.library(home.resolve("sessions"), ops, StoreTestSupport.FAST);
    }

    private static void add(SessionService service, int from, int to) {
        for (int i = from; i < to; i++) {
            service.apply(AddParticipant.atEnd(new Participant("p" + i, "Person " + i, null)));
        }
    }

    @Test
    void aFullDiskKeepsChangesInMemoryLeavesNoHalfLineAndWritesThemOnceThereIsSpace() throws Exception {
        checkFault(FaultyFileOps.Fault.DISK_FULL, "store.io.diskFull");
    }

    @Test
    void aFolderThatBecomesReadOnlyIsReportedAndCaughtUpLater() throws Exception {
        checkFault(FaultyFileOps.Fault.READ_ONLY, "store.io.readOnly");
    }

    @Test
    void aFolderWeMayNotWriteIsReportedAndCaughtUpLater() throws Exception {
        checkFault(FaultyFileOps.Fault.DENIED, "store.io.denied");
    }

    private void checkFault(FaultyFileOps.Fault fault, String expectedKey) throws Exception {
        WorkspaceSessionLibrary library = library();
        Path folder;
        try (OpenSession open = library.create(StoreTestSupport.templateSession("Fault " + fault), fx)) {
            SessionService service = open.service();
            folder = Path.of(open.location());
            add(service, 0, 5);
            fx.awaitSaved(service);

            ops.set(fault);
            add(service, 5, 15);
            SaveStatus failing = fx.await(service, SaveStatus::failing);
            assertThat(failing.problem().key()).isEqualTo(expectedKey);
            assertThat(failing.problem().args()).contains(folder.toString());
            assertThat(service.session().roster().participants()).as("the user keeps working").hasSize(15);
            StoreTestSupport.sleep(150); // several retries happen meanwhile
            assertThat(ops.failures.get()).isGreaterThan(1);
            assertJournalHasOnlyWholeLines(folder);
            assertThat(service.saveStatus().pending()).isEqualTo(10);

            ops.set(FaultyFileOps.Fault.NONE);
            fx.awaitSaved(service);
            add(service, 15, 20);
            fx.awaitSaved(service);
        }
        try (OpenSession again = StoreTestSupport.library(home.resolve("sessions")).openFolder(folder, fx)) {
            assertThat(again.notes()).isEmpty();
            assertThat(again.service().session().roster().participants()).hasSize(20);
        }
    }

    @Test
    void aRemovedSessionFolderIsWrittenAgainWithEverything() throws Exception {
        WorkspaceSessionLibrary library = library();
        Path folder;
        try (OpenSession open = library.create(StoreTestSupport.templateSession("Removed"), fx)) {
            SessionService service = open.service();
            folder = Path.of(open.location());
            add(service, 0, 5);
            fx.awaitSaved(service);
            SystemTrash.deleteTree(folder);
            add(service, 5, 8);
            fx.awaitSaved(service);
            assertThat(folder.resolve("session.json")).exists();
            add(service, 8, 10);
            fx.awaitSaved(service);
        }
        try (OpenSession again = library.openFolder(folder, fx)) {
            assertThat(again.service().session().roster().participants()).hasSize(10);
        }
    }

    @Test
    void closingWhileTheDiskStaysFullWritesARescueCopyThatCanBeImported() throws Exception {
        WorkspaceSessionLibrary library = library();
        ops.scope = home.resolve("sessions"); // the workspace's disk is full, the app-data folder is elsewhere
        try (OpenSession open = library.create(StoreTestSupport.templateSession("Rescue me"), fx)) {
            SessionService service = open.service();
            fx.awaitSaved(service);
            ops.set(FaultyFileOps.Fault.DISK_FULL);
            add(service, 0, 3);
            fx.await(service, SaveStatus::failing);
        }
        Path rescue = home.resolve("rescue");
        List<Path> copies;
        try (var files = Files.list(rescue)) {
            copies = files.toList();
        }
        assertThat(copies).singleElement().satisfies(p -> assertThat(p.getFileName().toString()).endsWith(".zielbild.json"));
        ops.set(FaultyFileOps.Fault.NONE);
        WorkspaceSessionLibrary other = StoreTestSupport.library(home.resolve("elsewhere"));
        SessionSummary imported = other.importFrom(copies.get(0));
        try (OpenSession open = other.open(imported, fx)) {
            assertThat(open.service().session().roster().participants()).extracting(Participant::name)
                    .containsExactly("Person 0", "Person 1", "Person 2");
        }
    }

    /** Every byte of the journal belongs to a complete, sealed line. */
    static void assertJournalHasOnlyWholeLines(Path folder) throws IOException {
        byte[] bytes = Files.readAllBytes(folder.resolve("journal.jsonl"));
        assertThat(bytes.length == 0 || bytes[bytes.length - 1] == '\n').as("journal ends with a whole line").isTrue();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                assertThat(Seal.open(java.util.Arrays.copyOfRange(bytes, start, i), i - start)).isPresent();
                start = i + 1;
            }
        }
    }
}
