package org.zielbild.ui.shell.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.zielbild.export.ExportException;
import org.zielbild.export.MinutesExport;
import org.zielbild.session.SessionLibrary;
import org.zielbild.session.SessionUnavailableException;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.SessionModel;
import org.zielbild.ui.common.SessionPictures;

/**
 * The session window's way to the minutes: one export window at a time, a worker thread of its
 * own (laying out a PDF must not wait behind the start screen's work, nor block the FX thread),
 * and the folder chosen last time as the next default.
 */
public final class MinutesExports {

    private final SessionPictures pictures;
    private final FileOpener opener;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "minutes-export");
        t.setDaemon(true);
        return t;
    });
    private Path lastFolder;
    private Stage window;

    public MinutesExports(SessionPictures pictures, FileOpener opener) {
        this.pictures = pictures;
        this.opener = opener;
    }

    /** Opens the export window for the open session, or brings it to the front. */
    public Stage show(Window owner, SessionModel model, SessionLibrary library, I18n i18n, Clock clock) {
        if (window != null && window.isShowing()) {
            window.toFront();
            return window;
        }
        MinutesExport export = MinutesExport.standard((session, file) -> {
            try {
                library.exportSession(session, file);
            } catch (SessionUnavailableException e) {
                throw new ExportException(e.userMessage(), e);
            }
        });
        MinutesExportViewModel vm = new MinutesExportViewModel(model::session, export, pictures, worker, clock,
                lastFolder != null ? lastFolder : defaultFolder());
        vm.folderProperty().addListener((obs, old, now) -> lastFolder = now);
        window = new MinutesDialog(vm, i18n, opener).show(owner);
        return window;
    }

    /** Closes the window (the session closes); an export under way still finishes its files. */
    public void close() {
        if (window != null) {
            window.close();
            window = null;
        }
    }

    public void shutdown() {
        close();
        worker.shutdown();
    }

    /** Documents in the home folder where there is one, else the home folder. */
    static Path defaultFolder() {
        Path home = Path.of(System.getProperty("user.home"));
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }
}
