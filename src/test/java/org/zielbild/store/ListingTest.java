package org.zielbild.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.zielbild.domain.EditSessionInfo;
import org.zielbild.domain.Language;
import org.zielbild.session.OpenSession;
import org.zielbild.session.SessionDamagedException;
import org.zielbild.session.SessionSummary;
import org.zielbild.ui.common.I18n;

/**
 * Issue 17, case 3: one bad folder never hides the workspace. A 3 GB sparse session.json, a named
 * pipe, a link to /dev/zero, a folder where a file should be, and a folder that does not answer
 * each show as one damaged entry; the other sessions are listed as usual, quickly. Opening a bad
 * one is refused with its true reason, without waiting and without running out of memory.
 */
@Timeout(120)
class ListingTest {

    @TempDir
    Path home;

    private Path workspace;
    private WorkspaceSessionLibrary library;

    @BeforeEach
    void workspaceWithGoodAndBadFolders() throws Exception {
        workspace = home.resolve("sessions");
        library = StoreTestSupport.library(workspace);
        for (String title : List.of("Kickoff North", "Strategy day", "Team South")) {
            library.create(StoreTestSupport.templateSession(title), new StoreTestSupport.Inbox()).close();
        }
        Path sparse = Files.createDirectories(workspace.resolve("sparse"));
        try (RandomAccessFile f = new RandomAccessFile(sparse.resolve("session.json").toFile(), "rw")) {
            f.setLength(3L << 30); // 3 GB of nothing, as the hostile tester made it
        }
        Files.writeString(sparse.resolve("journal.jsonl"), "{}\n");
        Path pipe = Files.createDirectories(workspace.resolve("pipe"));
        assertThat(new ProcessBuilder("mkfifo", pipe.resolve("session.json").toString()).start().waitFor()).isZero();
        Path zero = Files.createDirectories(workspace.resolve("zero"));
        Files.createSymbolicLink(zero.resolve("session.json"), Path.of("/dev/zero"));
        Files.createDirectories(workspace.resolve("folder").resolve("session.json"));
        Files.writeString(Files.createDirectories(workspace.resolve("braces")).resolve("session.json"), "{}");
    }

    @Test
    void eachBadFolderIsOneDamagedEntryAndTheOthersAreListedAsUsual() {
        List<SessionSummary> list = library.list();
        assertThat(list.stream().filter(s -> !s.damaged()).map(SessionSummary::title))
                .containsExactlyInAnyOrder("Kickoff North", "Strategy day", "Team South");
        Map<String, String> problems = list.stream().filter(SessionSummary::damaged).collect(Collectors.toMap(
                s -> Path.of(s.location()).getFileName().toString(), s -> new I18n(Language.EN).text(s.problem())));
        assertThat(problems).containsOnlyKeys("sparse", "pipe", "zero", "folder", "braces");
        assertThat(problems.get("sparse")).endsWith("session.json: it has a stretch of zero bytes where its text should be "
                + "(part of a write was lost, or two programs wrote to it at once).");
        assertThat(problems.get("pipe")).endsWith("session.json: it is not an ordinary file but a named pipe (FIFO).");
        assertThat(problems.get("zero")).endsWith("session.json: it is not an ordinary file but a device.");
        assertThat(problems.get("folder")).endsWith("session.json: it is not an ordinary file but a folder.");
        assertThat(problems.get("braces")).endsWith("session.json: it does not start like a session file.");
        list.stream().filter(SessionSummary::damaged).forEach(s -> assertThat(new I18n(Language.DE).text(s.problem()))
                .contains(s.location()).doesNotContain("!store."));
    }

    @Test
    void openingABadFolderIsRefusedWithItsReasonWithoutReadingItWhole() throws Exception {
        Path sparse = workspace.resolve("sparse").resolve("session.json");
        FileTime modified = Files.getLastModifiedTime(sparse);
        assertThat(reason("sparse")).isEqualTo("session.json: it is far too large for a session file (3,072.0 MB; "
                + "a session with 5,000 notes takes about 1.5 MB).");
        assertThat(Files.size(sparse)).isEqualTo(3L << 30);
        assertThat(Files.getLastModifiedTime(sparse)).isEqualTo(modified);
        assertThat(reason("pipe")).isEqualTo("session.json: it is not an ordinary file but a named pipe (FIFO).");
        assertThat(reason("zero")).isEqualTo("session.json: it is not an ordinary file but a device.");
        assertThat(reason("braces")).startsWith("session.json: it has no checksum");
    }

    private String reason(String folder) {
        Throwable refused = catchThrowable(() -> library.openFolder(workspace.resolve(folder), new StoreTestSupport.Inbox()));
        assertThat(refused).isInstanceOf(SessionDamagedException.class);
        String said = new I18n(Language.EN).text(((SessionDamagedException) refused).problems().get(0));
        return said.substring(said.lastIndexOf('/') + 1);
    }

    @Test
    void aFolderThatDoesNotAnswerIsListedAsSuchAndTheRestStillComes() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        SessionListing plain = new SessionListing(workspace, new StoreCodec());
        SessionListing hanging = new SessionListing(workspace, new StoreCodec(), Duration.ofMillis(300), files -> {
            if (files.folder().getFileName().toString().startsWith("strategy")) {
                try {
                    never.await(); // a network drive that went away
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return plain.summary(files);
        });
        List<SessionSummary> list = hanging.list();
        assertThat(list).hasSize(8);
        SessionSummary stuck = list.stream().filter(s -> s.location().contains("strategy")).findFirst().orElseThrow();
        assertThat(new I18n(Language.EN).text(stuck.problem())).endsWith("did not answer within 0.3 seconds (a disconnected "
                + "network drive, or a special file in it?).");
        assertThat(list.stream().filter(s -> !s.damaged()).map(SessionSummary::title))
                .containsExactlyInAnyOrder("Kickoff North", "Team South");
    }

    @Test
    void aRenameInTheJournalOfASessionThatWasNotClosedIsListed() throws Exception {
        Path crashed = workspace.resolve("crashed");
        StoreTestSupport.Inbox fx = new StoreTestSupport.Inbox();
        try (OpenSession open = library.create(StoreTestSupport.templateSession("Old title"), fx)) {
            open.service().apply(new EditSessionInfo(Copies.withTitle(open.service().session().info(), "New title")));
            fx.awaitSaved(open.service());
            DamageTest.copyTree(Path.of(open.location()), crashed); // as a crash leaves it: the rename only in the journal
        }
        SessionSummary listed = library.list().stream().filter(s -> s.location().equals(crashed.toString())).findFirst()
                .orElseThrow();
        assertThat(listed.title()).isEqualTo("New title");
        assertThat(listed.damaged()).isFalse();
    }
}
