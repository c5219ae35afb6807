package org.zielbild.testing;

import java.nio.file.Path;
import java.time.Clock;
import org.zielbild.config.AppDirs;
import org.zielbild.domain.Language;
import org.zielbild.session.OpenSession;
import org.zielbild.store.WorkspaceSessionLibrary;

/**
 * Puts a {@link WallSessions} room into a workspace so the real app can open it for the
 * walk-through: {@code WallSessionWriter <zielbild.home> <en|de> <notes> <clustered>}.
 */
public final class WallSessionWriter {

    private WallSessionWriter() {
    }

    public static void main(String[] args) throws Exception {
        AppDirs dirs = AppDirs.under(Path.of(args[0]));
        Language lang = args[1].equals("de") ? Language.DE : Language.EN;
        WorkspaceSessionLibrary library = new WorkspaceSessionLibrary(dirs.defaultWorkspace(), dirs.rescue(), Clock.systemUTC());
        try (OpenSession open = library.create(WallSessions.build(lang,
                new WallSessions.Content(Integer.parseInt(args[2]), Boolean.parseBoolean(args[3]))), Runnable::run)) {
            System.out.println("created " + open.location());
        }
    }
}
