package org.zielbild.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zielbild.domain.roster.AddParticipant;
import org.zielbild.domain.roster.Participant;
import org.zielbild.session.OpenSession;
import org.zielbild.session.SaveStatus;
import org.zielbild.session.SessionService;

/**
 * A writer never loses its lock silently (issue 17, case 1; decision 0080), in one process: the
 * lock file deleted or the folder replaced while open. The two-process cases are in
 * {@link MovedFolderTest}.
 */
class LockLostTest {

    @TempDir
    Path home;

    private final StoreTestSupport.Inbox fx = new StoreTestSupport.Inbox();

    private static void add(SessionService service, int from, int to) {
        for (int i = from; i < to; i++) {
            service.apply(AddParticipant.atEnd(new Participant("p" + i, "Person " + i, null)));
        }
    }

    @Test
    void aDeletedLockFileIsTakenAgainBeforeTheNextWrite() throws Exception {
        WorkspaceSessionLibrary library = StoreTestSupport.library(home.resolve("sessions"));
        try (OpenSession open = library.create(StoreTestSupport.templateSession("Lock deleted"), fx)) {
            Path folder = Path.of(open.location());
            add(open.service(), 0, 3);
            fx.awaitSaved(open.service());
            Object before = Files.readAttributes(folder.resolve(".lock"), java.nio.file.attribute.BasicFileAttributes.class)
                    .fileKey();
            Files.delete(folder.resolve(".lock"));
            Files.delete(folder.resolve("lock-info.json"));
            add(open.service(), 3, 6);
            fx.awaitSaved(open.service());
            assertThat(folder.resolve(".lock")).exists();
            assertThat(Files.readAttributes(folder.resolve(".lock"), java.nio.file.attribute.BasicFileAttributes.class)
                    .fileKey()).isNotEqualTo(before);
            assertThat(SessionLock.readInfo(new SessionFiles(folder)).orElseThrow().pid())
                    .isEqualTo(ProcessHandle.current().pid());
        }
    }

    @Test
    void whenAnotherInstanceHasTheFolderNowWritingStopsSaysSoAndClosingKeepsACopy() throws Exception {
        WorkspaceSessionLibrary library = StoreTestSupport.library(home.resolve("sessions"));
        Path folder;
        Path moved = home.resolve("sessions").resolve("moved");
        OpenSession a = library.create(StoreTestSupport.templateSession("Two writers"), fx);
        folder = Path.of(a.location());
        add(a.service(), 0, 3);
        fx.awaitSaved(a.service());
        Files.move(folder, moved, StandardCopyOption.ATOMIC_MOVE);
        DamageTest.copyTree(moved, folder);
        Files.delete(folder.resolve("lock-info.json")); // a copy made without hidden files: only the lock decides
        StoreTestSupport.Inbox fxB = new StoreTestSupport.Inbox();
        try (OpenSession b = StoreTestSupport.library(home.resolve("sessions")).openFolder(folder, fxB)) {
            add(b.service(), 100, 102);
            fxB.awaitSaved(b.service());

            add(a.service(), 3, 5);
            SaveStatus stopped = fx.await(a.service(), SaveStatus::stopped);
            assertThat(stopped.problem().key()).isEqualTo("store.io.lockLost");
            assertThat(stopped.problem().args()).containsExactly(folder.toString());
            assertThat(stopped.pending()).isEqualTo(2);
            StoreTestSupport.sleep(300);
            fx.drain();
            assertThat(a.service().saveStatus()).as("nothing is retried or acknowledged").isEqualTo(stopped);
            a.close();
            add(b.service(), 102, 104);
            fxB.awaitSaved(b.service());
        }
        try (OpenSession atPath = StoreTestSupport.library(home.resolve("sessions")).openFolder(folder, fx)) {
            assertThat(atPath.service().session().roster().participants()).extracting(Participant::id)
                    .as("B's changes, none of A's after the copy")
                    .containsExactly("p0", "p1", "p2", "p100", "p101", "p102", "p103");
        }
        List<Path> copies;
        try (var files = Files.list(home.resolve("rescue"))) {
            copies = files.toList();
        }
        assertThat(copies).as("A's work is in a rescue copy").singleElement();
        String copy = Files.readString(copies.get(0));
        assertThat(copy).contains("\"p3\"", "\"p4\"");
    }

    @Test
    void aFolderRemovedWithItsWorkspaceIsNotRebuiltElsewhere() throws Exception {
        Path usb = home.resolve("usb-stick");
        WorkspaceSessionLibrary library = StoreTestSupport.library(usb.resolve("sessions"));
        try (OpenSession open = library.create(StoreTestSupport.templateSession("On a stick"), fx)) {
            add(open.service(), 0, 2);
            fx.awaitSaved(open.service());
            SystemTrash.deleteTree(usb); // the stick is pulled out
            add(open.service(), 2, 4);
            SaveStatus failing = fx.await(open.service(), SaveStatus::failing);
            assertThat(failing.problem().key()).isIn("store.io.folderGone", "store.io.lockGone");
            StoreTestSupport.sleep(300);
            assertThat(usb).as("no folder is made where the stick was").doesNotExist();
            Files.createDirectories(usb.resolve("sessions")); // the stick is back (empty)
            fx.awaitSaved(open.service());
            assertThat(Path.of(open.location()).resolve("session.json")).exists();
        }
    }
}
