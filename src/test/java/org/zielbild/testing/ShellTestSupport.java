package org.zielbild.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.zielbild.app.BuiltInModules;
import org.zielbild.config.AppDirs;
import org.zielbild.config.Settings;
import org.zielbild.config.SettingsStore;
import org.zielbild.domain.Language;
import org.zielbild.session.InMemorySessionLibrary;
import org.zielbild.session.SessionLibrary;
import org.zielbild.ui.shell.AppContext;

/** An app context for view tests: a temp folder, a fixed clock, sessions in memory. */
public final class ShellTestSupport {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T08:30:00Z"), ZoneId.of("Europe/Berlin"));

    private ShellTestSupport() {
    }

    public static AppContext context(Path home, Language language) {
        return context(home, language, new InMemorySessionLibrary(CLOCK));
    }

    public static AppContext context(Path home, Language language, SessionLibrary library) {
        AppDirs dirs = AppDirs.under(home);
        return new AppContext(dirs, new SettingsStore(dirs.settingsFile()), Settings.defaults(language),
                s -> library, BuiltInModules.registry(), CLOCK);
    }
}
