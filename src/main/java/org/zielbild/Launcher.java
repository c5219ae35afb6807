package org.zielbild;

import javafx.application.Application;
import org.zielbild.app.AppServices;
import org.zielbild.app.ZielbildApp;
import org.zielbild.cli.Cli;

/**
 * The one executable: with arguments it runs a headless command ({@code zielbild assign ...}),
 * without it starts the app. Kept apart from the Application class so the classpath launch works.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            System.exit(Cli.runFromShell(args));
        }
        AppServices.prepare();
        Application.launch(ZielbildApp.class, args);
    }
}
