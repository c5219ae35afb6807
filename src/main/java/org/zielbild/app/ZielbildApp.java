package org.zielbild.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javafx.application.Application;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zielbild.config.AppDirs;
import org.zielbild.config.Logging;
import org.zielbild.config.Settings;
import org.zielbild.config.SettingsStore;
import org.zielbild.domain.Ids;
import org.zielbild.domain.Language;
import org.zielbild.store.WorkspaceSessionLibrary;
import org.zielbild.ui.shell.AppContext;
import org.zielbild.ui.shell.Shell;

/** The composition root: builds the app's services once and hands them to the {@link Shell}. */
public final class ZielbildApp extends Application {

    private Shell shell;

    @Override
    public void start(Stage primaryStage) {
        AppDirs dirs = AppDirs.detect();
        Logging.useFolder(dirs.logs());
        Logger log = LoggerFactory.getLogger(ZielbildApp.class);
        log.info("Zielbild Studio starting; app data in {}", dirs.data());
        SettingsStore settingsStore = new SettingsStore(dirs.settingsFile());
        Settings settings = settingsStore.load(Language.of(Locale.getDefault()));
        Clock clock = Clock.systemDefaultZone();
        AppContext ctx = new AppContext(dirs, settingsStore, settings,
                s -> new WorkspaceSessionLibrary(s.workspace() == null ? dirs.defaultWorkspace() : Path.of(s.workspace()),
                        dirs.rescue(), clock),
                BuiltInModules.registry(), clock, Ids::newId);
        ctx.useImageAttachments(StoredImageAttachments::of);
        shell = new Shell(ctx, primaryStage);
        shell.errors().installAsDefaultHandler();
        shell.start();
        settingsStore.loadProblem().ifPresent(shell::tell);
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.shutdown();
        }
    }
}
