package org.zielbild.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.zielbild.domain.Language;
import org.zielbild.domain.Session;
import org.zielbild.domain.SessionInfo;
import org.zielbild.domain.TargetPictureDay;
import org.zielbild.session.SaveStatus;
import org.zielbild.session.SessionService;

/** Libraries in temp folders, template sessions with predictable ids, and waiting for durability. */
final class StoreTestSupport {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T08:30:00Z"), ZoneId.of("Europe/Berlin"));
    /** Short pauses so failure tests do not wait long. */
    static final JournalPolicy FAST = JournalPolicy.DEFAULT.withRetry(Duration.ofMillis(20), Duration.ofMillis(100))
            .withCloseTimeout(Duration.ofMillis(500));

    private StoreTestSupport() {
    }

    /** A clock that moves one second on every reading: for comparisons of "later" across files. */
    static Clock ticking() {
        java.util.concurrent.atomic.AtomicLong seconds = new java.util.concurrent.atomic.AtomicLong();
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return CLOCK.getZone();
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return CLOCK.instant().plusSeconds(seconds.incrementAndGet());
            }
        };
    }

    static WorkspaceSessionLibrary library(Path workspace) {
        return library(workspace, FileOps.REAL, FAST);
    }

    static WorkspaceSessionLibrary library(Path workspace, FileOps ops, JournalPolicy policy) {
        return new WorkspaceSessionLibrary(workspace, workspace.resolveSibling("rescue"), CLOCK, ops, policy,
                new DeletingTrash(), Migrations.standard());
    }

    static Session templateSession(String title) {
        AtomicInteger n = new AtomicInteger();
        Supplier<String> ids = () -> String.format("id%010d", n.incrementAndGet());
        return TargetPictureDay.newSession("s" + Math.abs(title.hashCode()),
                new SessionInfo(title, LocalDate.of(2026, 11, 23), "Berlin", "Kim", Language.EN), ids);
    }

    /**
     * The test thread plays the FX thread: durability reports queue here and run when the test
     * drains them, so the service stays confined to one thread.
     */
    static final class Inbox implements Executor {
        private final ConcurrentLinkedQueue<Runnable> queue = new ConcurrentLinkedQueue<>();

        @Override
        public void execute(Runnable r) {
            queue.add(r);
        }

        void drain() {
            for (Runnable r; (r = queue.poll()) != null; ) {
                r.run();
            }
        }

        /** Runs reports until {@code done} holds (or fails after 10 s). */
        SaveStatus await(SessionService service, Predicate<SaveStatus> done) {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < end) {
                drain();
                SaveStatus s = service.saveStatus();
                if (done.test(s)) {
                    return s;
                }
                sleep(1);
            }
            throw new AssertionError("save status not reached in time: " + service.saveStatus());
        }

        void awaitSaved(SessionService service) {
            await(service, SaveStatus::saved);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Deletes for good; the OS trash is not for tests. */
    static final class DeletingTrash implements Trash {
        final List<Path> removed = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public boolean movesToTrash() {
            return false;
        }

        @Override
        public void remove(Path folder) throws java.io.IOException {
            removed.add(folder);
            SystemTrash.deleteTree(folder);
        }
    }
}
