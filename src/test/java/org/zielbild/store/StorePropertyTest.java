package org.zielbild.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zielbild.domain.Session;
import org.zielbild.session.OpenSession;
import org.zielbild.session.SessionService;
import org.zielbild.testing.LargeSessions;
import org.zielbild.testing.NoteWork;

/**
 * Any sequence of changes, undos and redos, journaled and replayed, with compactions and reopenings
 * at random points (and crash images of the folder taken while it is open), gives exactly the
 * session and undo/redo history that applying them in memory gives.
 */
class StorePropertyTest {

    @TempDir
    Path home;

    @Test
    void journaledAndReplayedEqualsAppliedInMemory() throws Exception {
        long base = Long.getLong("store.property.seed", 7L);
        for (long seed = base; seed < base + 25; seed++) {
            run(seed, StoreTestSupport.templateSession("Property " + seed), s -> new RandomWorkload(s)::step);
        }
    }

    /** The same with board work on a session of a few hundred notes, clusters and votes. */
    @Test
    void boardWorkJournaledAndReplayedEqualsAppliedInMemory() throws Exception {
        long base = Long.getLong("store.property.seed", 7L);
        for (long seed = base; seed < base + 8; seed++) {
            run(seed, LargeSessions.build(300, seed), s -> new RandomWorkload(s, new NoteWork(s)::next)::step);
        }
    }

    private void run(long seed, Session start, LongFunction<Consumer<SessionService>> workload) throws Exception {
        Random random = new Random(seed);
        JournalPolicy policy = StoreTestSupport.FAST.withCompactAfterLines(3 + random.nextInt(40));
        WorkspaceSessionLibrary library = StoreTestSupport.library(home.resolve("w" + seed + "-" + start.id()),
                FileOps.REAL, policy);
        StoreTestSupport.Inbox fx = new StoreTestSupport.Inbox();
        SessionService memory = SessionService.inMemory(start);
        Consumer<SessionService> inMemory = workload.apply(seed);
        Consumer<SessionService> stored = workload.apply(seed);
        OpenSession open = library.create(start, fx);
        Path folder = Path.of(open.location());
        int steps = 120 + random.nextInt(120);
        try {
            for (int i = 0; i < steps; i++) {
                inMemory.accept(memory);
                stored.accept(open.service());
                int r = random.nextInt(100);
                if (r < 3) {
                    open.close();
                    open = library.openFolder(folder, fx);
                    assertThat(open.service().state()).as("seed %d, step %d: reopened", seed, i).isEqualTo(memory.state());
                } else if (r < 5) {
                    fx.awaitSaved(open.service());
                    Path crashImage = home.resolve("crash-" + seed + "-" + i);
                    DamageTest.copyTree(folder, crashImage);
                    try (OpenSession image = library.openFolder(crashImage, fx)) {
                        assertThat(image.service().state()).as("seed %d, step %d: crash image", seed, i).isEqualTo(memory.state());
                        assertThat(image.notes()).isEmpty();
                    }
                } else if (r < 20) {
                    fx.awaitSaved(open.service());
                }
            }
            fx.awaitSaved(open.service());
        } finally {
            open.close();
        }
        try (OpenSession last = library.openFolder(folder, fx)) {
            assertThat(last.service().state()).as("seed %d: final", seed).isEqualTo(memory.state());
        }
    }
}
