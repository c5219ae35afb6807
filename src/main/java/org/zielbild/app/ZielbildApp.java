package org.zielbild.app;

import javafx.application.Application;
import javafx.stage.Stage;
import org.zielbild.domain.Ids;
import org.zielbild.ui.shell.AppContext;
import org.zielbild.ui.shell.Shell;
import org.zielbild.ui.shell.StartupProbe;

/**
 * The composition root: takes the services {@link AppServices} prepared while JavaFX started and
 * hands them to the {@link Shell}.
 */
public final class ZielbildApp extends Application {

    private Shell shell;

    @Override
    public void start(Stage primaryStage) {
        StartupProbe.watchFirstFrame(primaryStage);
        AppServices services = AppServices.get();
        AppContext ctx = new AppContext(services.dirs(), services.settingsStore(), services.settings(),
                services.libraryFactory(), services.modules(), services.clock(), Ids::newId);
        ctx.usePictures(BuiltInModules.pictures());
        shell = new Shell(ctx, primaryStage);
        shell.errors().installAsDefaultHandler();
        shell.start();
        services.settingsStore().loadProblem().ifPresent(shell::tell);
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.shutdown();
        }
    }
}
