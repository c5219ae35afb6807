package org.zielbild.store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.zielbild.domain.board.AddNote;
import org.zielbild.domain.board.Note;
import org.zielbild.session.OpenSession;
import org.zielbild.session.SaveStatus;
import org.zielbild.session.SessionService;

/**
 * A second process that types notes into a session the way a facilitator does, prints
 * {@code SAVED <n>} once all {@code n} are acknowledged, and then waits to be killed.
 *
 * <p>Arguments: folder, board id, number of notes.
 */
public final class TypingChild {

    private TypingChild() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        String board = args[1];
        int count = Integer.parseInt(args[2]);
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        WorkspaceSessionLibrary library = new WorkspaceSessionLibrary(folder.getParent(), folder.resolveSibling("rescue"),
                Clock.systemUTC(), FileOps.REAL, JournalPolicy.DEFAULT, new StoreTestSupport.DeletingTrash(), Migrations.standard());
        StoreTestSupport.Inbox fx = new StoreTestSupport.Inbox();
        OpenSession open = library.openFolder(folder, fx);
        SessionService service = open.service();
        out.println("READY " + service.state().seq());
        for (int i = 0; i < count; i++) {
            service.apply(AddNote.onTop(new Note("typed-" + i, board, 0, "Typed after reopening " + i, null, "", 20.0 * i, 400,
                    null, null, java.time.Instant.now())));
            fx.drain();
        }
        fx.await(service, SaveStatus::saved);
        out.println("SAVED " + count);
        Thread.sleep(120_000);
    }
}
