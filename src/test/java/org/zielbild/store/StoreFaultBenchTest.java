package org.zielbild.store;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zielbild.bench.BenchReport;
import org.zielbild.domain.Session;
import org.zielbild.session.OpenSession;
import org.zielbild.session.SessionDamagedException;
import org.zielbild.session.SessionSummary;
import org.zielbild.testing.LargeSessions;
import org.zielbild.testing.NoteWork;

/**
 * What the hostile tester's faults cost (issue 17): listing a workspace with bad folders in it,
 * refusing a 3 GB sparse file, finding every way back for a damaged session with ten backups, and
 * checking the session's invariants on opening. {@code ./mvnw -Pbench verify}; figures to
 * {@code target/bench/store-faults.txt}.
 */
@Tag("bench")
class StoreFaultBenchTest {

    @TempDir
    Path home;

    private final BenchReport report = new BenchReport();

    @Test
    void figures() throws Exception {
        report.line("Zielbild Studio – store under faults (issue 17)");
        listing();
        for (int n : new int[] {1000, 5000}) {
            recovery(n);
        }
        invariants();
        report.write("store-faults.txt");
    }

    private void listing() throws Exception {
        Path workspace = home.resolve("sessions");
        WorkspaceSessionLibrary library = StoreTestSupport.library(workspace);
        for (int i = 0; i < 50; i++) {
            library.create(StoreTestSupport.templateSession("Session " + i), new StoreTestSupport.Inbox()).close();
        }
        long[] good = times(21, library::list);
        Path sparse = Files.createDirectories(workspace.resolve("sparse"));
        try (RandomAccessFile f = new RandomAccessFile(sparse.resolve("session.json").toFile(), "rw")) {
            f.setLength(3L << 30);
        }
        Path pipe = Files.createDirectories(workspace.resolve("pipe"));
        new ProcessBuilder("mkfifo", pipe.resolve("session.json").toString()).start().waitFor();
        Files.createSymbolicLink(Files.createDirectories(workspace.resolve("zero")).resolve("session.json"), Path.of("/dev/zero"));
        Files.createDirectories(workspace.resolve("folder").resolve("session.json"));
        Files.writeString(Files.createDirectories(workspace.resolve("braces")).resolve("session.json"), "{}");
        long[] bad = times(21, library::list);
        List<SessionSummary> listed = library.list();
        report.line("");
        report.line("== listing 50 sessions: median %s, max %s", BenchReport.ms(good, 50), BenchReport.ms(good, 100));
        report.line("== the same with 5 bad folders (3 GB sparse file, named pipe, /dev/zero, folder, {}): median %s, max %s;"
                + " %d entries, %d damaged", BenchReport.ms(bad, 50), BenchReport.ms(bad, 100), listed.size(),
                listed.stream().filter(SessionSummary::damaged).count());
        long[] refuse = times(11, () -> {
            try {
                library.openFolder(sparse, new StoreTestSupport.Inbox()).close();
            } catch (SessionDamagedException expected) {
                return;
            }
            throw new AssertionError("opened");
        });
        report.line("== opening the 3 GB sparse session.json is refused in: median %s, max %s", BenchReport.ms(refuse, 50),
                BenchReport.ms(refuse, 100));
    }

    /** A day's session with ten compactions behind it (ten backups and kept journals), session.json emptied. */
    private void recovery(int notes) throws Exception {
        Session session = LargeSessions.build(notes, notes);
        WorkspaceSessionLibrary library = StoreTestSupport.library(home.resolve("recovery" + notes), FileOps.REAL,
                StoreTestSupport.FAST.withCompactAfterLines(300));
        StoreTestSupport.Inbox fx = new StoreTestSupport.Inbox();
        Path folder;
        try (OpenSession open = library.create(session, fx)) {
            NoteWork work = new NoteWork(7);
            for (int i = 0; i < 3300; i++) {
                StoreBenchmarkTest.apply(open.service(), work);
                fx.drain();
            }
            fx.awaitSaved(open.service());
            folder = Path.of(open.location());
        }
        Files.write(folder.resolve("session.json"), new byte[0]);
        int[] options = new int[1];
        long[] found = times(5, () -> {
            try {
                library.openFolder(folder, fx).close();
            } catch (SessionDamagedException e) {
                options[0] = e.options().size();
                return;
            }
            throw new AssertionError("opened");
        });
        report.line("== every way back, %,d notes, %d backups and kept journals, session.json emptied: median %s, max %s "
                + "(%d options)", notes, Backups.snapshots(new SessionFiles(folder)).size(), BenchReport.ms(found, 50),
                BenchReport.ms(found, 100), options[0]);
    }

    private void invariants() throws Exception {
        Session session = LargeSessions.build(5000, 5000);
        SessionInvariants check = new SessionInvariants();
        long[] t = times(50, () -> check.check(session));
        report.line("== invariants checked on opening, 5,000 notes: median %s, max %s", BenchReport.ms(t, 50),
                BenchReport.ms(t, 100));
    }

    private interface Work {
        void run() throws Exception;
    }

    private static long[] times(int runs, Work work) throws Exception {
        long[] out = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            work.run();
            out[i] = System.nanoTime() - t0;
        }
        return out;
    }
}
