package org.zielbild.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zielbild.domain.Message;
import org.zielbild.session.OpenSession;
import org.zielbild.session.SessionUnavailableException;

/** One instance per session: a second one is refused with where it is open; a crashed holder's lock is taken over. */
class SessionLockTest {

    @TempDir
    Path home;

    private final StoreTestSupport.Inbox fx = new StoreTestSupport.Inbox();

    private Path newSession(WorkspaceSessionLibrary library) throws Exception {
        try (OpenSession open = library.create(StoreTestSupport.templateSession("Locked"), fx)) {
            return Path.of(open.location());
        }
    }

    @Test
    void aSessionOpenInAnotherProcessIsRefusedWithWhereAndTakenOverOnceThatProcessDies() throws Exception {
        WorkspaceSessionLibrary library = StoreTestSupport.library(home.resolve("sessions"));
        Path folder = newSession(library);
        ChildProcess other = ChildProcess.start(folder, 1, 100);
        try {
            assertThat(other.ready.await(30, TimeUnit.SECONDS)).as(other.errTail()).isTrue();
            assertThatThrownBy(() -> library.openFolder(folder, fx))
                    .isInstanceOfSatisfying(SessionUnavailableException.class, e -> {
                        Message m = e.userMessage();
                        assertThat(m.key()).isEqualTo("store.lock.elsewhere");
                        assertThat(m.args()).contains(LockInfo.hostName(), System.getProperty("user.name"),
                                String.valueOf(other.process.pid()));
                    });
        } finally {
            other.kill();
        }
        try (OpenSession open = library.openFolder(folder, fx)) {
            assertThat(open.service().state().seq()).isGreaterThanOrEqualTo(other.acked.get());
            assertThat(SessionLock.readInfo(new SessionFiles(folder)).orElseThrow().pid())
                    .isEqualTo(ProcessHandle.current().pid());
        }
        assertThat(folder.resolve("lock-info.json")).as("a clean close removes the info").doesNotExist();
        assertThat(folder.resolve(".lock")).as("the lock file itself stays").exists();
    }

    @Test
    void aLeftoverInfoFromADeadProcessOrAnotherComputerIsTakenOver() throws Exception {
        WorkspaceSessionLibrary library = StoreTestSupport.library(home.resolve("sessions"));
        Path folder = newSession(library);
        Process finished = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).start();
        finished.getInputStream().readAllBytes();
        finished.waitFor();
        for (LockInfo stale : new LockInfo[] {
            new LockInfo(LockInfo.hostName(), "kim", finished.pid(), Instant.now(), Instant.now()),
            new LockInfo("beamer-laptop", "kim", 4242, Instant.now(), Instant.now())}) {
            writeInfo(folder, stale);
            try (OpenSession open = library.openFolder(folder, fx)) {
                assertThat(open.service().session().info().title()).isEqualTo("Locked");
            }
        }
    }

    @Test
    void whereOsLocksDoNotWorkALiveHolderOnThisComputerIsStillRecognised() throws Exception {
        WorkspaceSessionLibrary library = StoreTestSupport.library(home.resolve("sessions"));
        Path folder = newSession(library);
        ProcessHandle alive = ProcessHandle.current().parent().orElseThrow();
        writeInfo(folder, new LockInfo(LockInfo.hostName(), "kim", alive.pid(), alive.info().startInstant().orElse(null),
                Instant.parse("2026-11-23T08:00:00Z")));
        assertThatThrownBy(() -> library.openFolder(folder, fx))
                .isInstanceOfSatisfying(SessionUnavailableException.class,
                        e -> assertThat(e.userMessage().args()).contains(String.valueOf(alive.pid()), "kim"));
    }

    private static void writeInfo(Path folder, LockInfo info) throws Exception {
        ObjectMapper json = StoreJson.mapper();
        Files.write(folder.resolve("lock-info.json"), json.writeValueAsBytes(info));
    }
}
