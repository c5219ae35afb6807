package org.zielbild.ui.shell;

import java.io.IOException;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zielbild.config.AppDirs;
import org.zielbild.config.Settings;
import org.zielbild.config.SettingsStore;
import org.zielbild.domain.Ids;
import org.zielbild.session.SessionLibrary;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.SessionPictures;
import org.zielbild.ui.shell.export.FileOpener;
import org.zielbild.ui.spi.ModuleRegistry;

/**
 * The app's long-lived services, made once in the composition root ({@code org.zielbild.app.ZielbildApp}) and
 * handed down by constructor; tests build one with an in-memory library and a temp folder.
 */
public final class AppContext {

    private static final Logger LOG = LoggerFactory.getLogger(AppContext.class);

    private final AppDirs dirs;
    private final SettingsStore settingsStore;
    private final ObjectProperty<Settings> settings;
    private final ObjectProperty<I18n> i18n;
    private final Function<Settings, SessionLibrary> libraryFactory;
    private SessionLibrary library;
    private final ModuleRegistry modules;
    private final Clock clock;
    private final Supplier<String> ids;
    private SessionPictures pictures = SessionPictures.NONE;
    private FileOpener fileOpener = FileOpener.desktop();

    /** With random ids ({@link Ids#newId()}). */
    public AppContext(AppDirs dirs, SettingsStore settingsStore, Settings initial,
                      Function<Settings, SessionLibrary> libraryFactory, ModuleRegistry modules, Clock clock) {
        this(dirs, settingsStore, initial, libraryFactory, modules, clock, Ids::newId);
    }

    /**
     * @param libraryFactory makes the session library for the workspace the settings name; called
     *                       again when the workspace setting changes
     * @param ids            new ids for what the app adds to a session (stages, people, notes, ...)
     */
    public AppContext(AppDirs dirs, SettingsStore settingsStore, Settings initial,
                      Function<Settings, SessionLibrary> libraryFactory, ModuleRegistry modules, Clock clock,
                      Supplier<String> ids) {
        this.dirs = Objects.requireNonNull(dirs);
        this.settingsStore = Objects.requireNonNull(settingsStore);
        this.settings = new SimpleObjectProperty<>(Objects.requireNonNull(initial));
        this.i18n = new SimpleObjectProperty<>(new I18n(initial.language()));
        this.libraryFactory = Objects.requireNonNull(libraryFactory);
        this.library = libraryFactory.apply(initial);
        this.modules = Objects.requireNonNull(modules);
        this.clock = Objects.requireNonNull(clock);
        this.ids = Objects.requireNonNull(ids);
        settings.addListener((obs, old, now) -> {
            if (old.language() != now.language()) {
                i18n.set(new I18n(now.language()));
            }
            if (!Objects.equals(old.workspace(), now.workspace())) {
                library = libraryFactory.apply(now);
            }
        });
    }

    public AppDirs dirs() {
        return dirs;
    }

    public Settings settings() {
        return settings.get();
    }

    public ObjectProperty<Settings> settingsProperty() {
        return settings;
    }

    /**
     * Changes and persists the settings. The change holds for this run even when the file cannot
     * be written; the caller is told so it can say so.
     */
    public void updateSettings(Settings updated) throws IOException {
        settings.set(updated);
        try {
            settingsStore.save(updated);
        } catch (IOException e) {
            LOG.warn("could not save settings to {}", settingsStore.file(), e);
            throw e;
        }
    }

    public I18n i18n() {
        return i18n.get();
    }

    /** Replaced (not mutated) when the language changes; the shell rebuilds its views then. */
    public ObjectProperty<I18n> i18nProperty() {
        return i18n;
    }

    /** The library of the current workspace. */
    public SessionLibrary library() {
        return library;
    }

    public ModuleRegistry modules() {
        return modules;
    }

    public Clock clock() {
        return clock;
    }

    /** What draws the minutes' pictures (the composition root gives the board kit's); none by default. */
    public SessionPictures pictures() {
        return pictures;
    }

    public void usePictures(SessionPictures source) {
        this.pictures = Objects.requireNonNull(source);
    }

    /** How an exported file or folder is opened (the desktop's program; tests record it instead). */
    public FileOpener fileOpener() {
        return fileOpener;
    }

    public void useFileOpener(FileOpener opener) {
        this.fileOpener = Objects.requireNonNull(opener);
    }

    /** Where new ids come from (modules get it through their context). */
    public Supplier<String> ids() {
        return ids;
    }
}
