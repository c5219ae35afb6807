package org.zielbild.ui.modules;

import java.nio.file.Path;
import java.time.Clock;
import org.zielbild.config.AppDirs;
import org.zielbild.domain.Language;
import org.zielbild.session.OpenSession;
import org.zielbild.store.WorkspaceSessionLibrary;
import org.zielbild.testing.SampleWorkshop;

/**
 * Puts the sample workshop into a workspace, so the real app can open it for screenshots:
 * {@code SampleSessionWriter <zielbild.home> <en|de>}.
 */
public final class SampleSessionWriter {

    private SampleSessionWriter() {
    }

    public static void main(String[] args) throws Exception {
        AppDirs dirs = AppDirs.under(Path.of(args[0]));
        Language lang = args[1].equals("de") ? Language.DE : Language.EN;
        WorkspaceSessionLibrary library = new WorkspaceSessionLibrary(dirs.defaultWorkspace(), dirs.rescue(), Clock.systemUTC());
        try (OpenSession open = library.create(SampleWorkshop.build(lang, true), Runnable::run)) {
            System.out.println("created " + open.location());
        }
    }
}
