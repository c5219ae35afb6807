package org.zielbild.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.slf4j.LoggerFactory;
import org.zielbild.config.AppDirs;
import org.zielbild.config.Logging;
import org.zielbild.config.Settings;
import org.zielbild.config.SettingsStore;
import org.zielbild.domain.Language;
import org.zielbild.session.SessionLibrary;
import org.zielbild.store.WorkspaceSessionLibrary;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.spi.ModuleRegistry;

/**
 * What the composition root builds without JavaFX: folders, logging, settings, the session
 * library, the modules. {@link #prepare()} makes them on a background thread while JavaFX starts
 * (the toolkit takes a third of a second and one core), so the first window waits for none of it
 * (docs/decisions/0090-start-fast-prepare-while-javafx-starts.md).
 */
public record AppServices(AppDirs dirs, SettingsStore settingsStore, Settings settings, SessionLibrary library,
                          ModuleRegistry modules, Clock clock) {

    private static volatile CompletableFuture<AppServices> preparing;

    /** Starts making the services; call before JavaFX is launched. */
    public static void prepare() {
        CompletableFuture<AppServices> services = new CompletableFuture<>();
        preparing = services;
        daemon("zielbild-prepare", () -> {
            try {
                services.complete(make());
            } catch (RuntimeException | Error e) {
                services.completeExceptionally(e);
            }
        }).start();
    }

    /** The services {@link #prepare()} made (waiting for them if need be), or made now if it was not called. */
    public static AppServices get() {
        CompletableFuture<AppServices> started = preparing;
        if (started == null) {
            return make();
        }
        try {
            return started.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    static AppServices make() {
        AppDirs dirs = AppDirs.detect();
        Logging.useFolder(dirs.logs());
        // First, so every class after it gets a real logger (LogSetup: no XML to parse).
        LoggerFactory.getLogger(ZielbildApp.class).info("Zielbild Studio starting; app data in {}", dirs.data());
        SettingsStore settingsStore = new SettingsStore(dirs.settingsFile());
        Settings settings = settingsStore.load(Language.of(Locale.getDefault()));
        Clock clock = Clock.systemDefaultZone();
        SessionLibrary library = libraries(dirs, clock).apply(settings);
        new I18n(settings.language()); // reads the bundles into ResourceBundle's cache
        return new AppServices(dirs, settingsStore, settings, library, BuiltInModules.registry(), clock);
    }

    /** The library for what the settings name: the one made here for these settings, a new one otherwise. */
    public Function<Settings, SessionLibrary> libraryFactory() {
        Function<Settings, SessionLibrary> fresh = libraries(dirs, clock);
        return s -> s == settings ? library : fresh.apply(s);
    }

    private static Function<Settings, SessionLibrary> libraries(AppDirs dirs, Clock clock) {
        return s -> new WorkspaceSessionLibrary(s.workspace() == null ? dirs.defaultWorkspace() : Path.of(s.workspace()),
                dirs.rescue(), clock);
    }

    private static Thread daemon(String name, Runnable task) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        return t;
    }
}
