package org.zielbild.config;

import dev.dirs.ProjectDirectories;
import java.nio.file.Path;

/**
 * The app's folders in the OS's app-data location (XDG on Linux, AppData on Windows, Application
 * Support on macOS). The system property {@code zielbild.home} puts them all under one folder
 * instead: tests use it, and so can a portable install.
 */
public record AppDirs(Path config, Path data, Path logs, Path defaultWorkspace) {

    public static final String HOME_PROPERTY = "zielbild.home";

    public static AppDirs detect() {
        String home = System.getProperty(HOME_PROPERTY);
        if (home != null && !home.isBlank()) {
            return under(Path.of(home));
        }
        ProjectDirectories dirs = ProjectDirectories.from("org", "Zielbild", "Zielbild Studio");
        Path data = Path.of(dirs.dataDir);
        return new AppDirs(Path.of(dirs.configDir), data, data.resolve("logs"), data.resolve("sessions"));
    }

    public static AppDirs under(Path home) {
        return new AppDirs(home.resolve("config"), home.resolve("data"), home.resolve("logs"), home.resolve("sessions"));
    }

    public Path settingsFile() {
        return config.resolve("settings.json");
    }

    public Path logFile() {
        return logs.resolve("zielbild.log");
    }

    /** Where a session goes when it is closed while its own folder cannot be written. */
    public Path rescue() {
        return data.resolve("rescue");
    }
}
