package org.zielbild.store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.zielbild.session.OpenSession;
import org.zielbild.session.SessionService;
import org.zielbild.session.SessionUnavailableException;

/**
 * The process the crash harness kills: opens a session folder through the real store, applies
 * changes as fast as the disk acknowledges them, and prints {@code ACK <seq>} for every durable
 * acknowledgement, the moment it gets it. It never stops by itself (well, after a minute).
 *
 * <p>It also prints {@code REFUSED <key>} (and exits) when the session cannot be opened, e.g. because
 * another instance holds it, and {@code FAILING <key>} / {@code STOPPED <key>} when writing fails or
 * stops for good (a second writer took the folder over, 0080).
 *
 * <p>Arguments: folder, workload seed, journal lines per compaction.
 */
public final class CrashChild {

    /** At most this many changes in flight: a very fast typist, not an unbounded queue. */
    private static final int WINDOW = 200;

    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        long seed = Long.parseLong(args[1]);
        JournalPolicy policy = JournalPolicy.DEFAULT.withCompactAfterLines(Integer.parseInt(args[2]));
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        WorkspaceSessionLibrary library = new WorkspaceSessionLibrary(folder.getParent(), folder.resolveSibling("rescue"),
                Clock.systemUTC(), FileOps.REAL, policy, new StoreTestSupport.DeletingTrash(), Migrations.standard());
        StoreTestSupport.Inbox fx = new StoreTestSupport.Inbox();
        OpenSession open;
        try {
            open = library.openFolder(folder, fx);
        } catch (SessionUnavailableException e) {
            out.println("REFUSED " + e.userMessage().key());
            System.exit(3);
            return;
        }
        SessionService service = open.service();
        long[] acked = {service.state().seq()};
        String[] problem = {null};
        service.addSaveStatusListener(status -> {
            long durable = service.state().seq() - status.pending();
            if (durable > acked[0] && !status.failing()) {
                acked[0] = durable;
                out.println("ACK " + durable);
            }
            String now = status.failing() ? (status.stopped() ? "STOPPED " : "FAILING ") + status.problem().key() : null;
            if (now != null && !now.equals(problem[0])) {
                out.println(now);
            }
            problem[0] = now;
        });
        out.println("READY " + service.state().seq());
        RandomWorkload work = new RandomWorkload(seed);
        long end = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < end) {
            work.step(service);
            fx.drain();
            while (service.saveStatus().pending() > WINDOW) {
                Thread.onSpinWait();
                fx.drain();
            }
        }
        open.close();
    }
}
