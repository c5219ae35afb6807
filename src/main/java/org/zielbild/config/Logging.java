package org.zielbild.config;

import java.nio.file.Path;

/** Points the log file (set up by {@link LogSetup}) at the app's log folder; call before the first logger. */
public final class Logging {

    public static final String LOG_DIR_PROPERTY = "zielbild.logDir";

    private Logging() {
    }

    public static void useFolder(Path logs) {
        if (System.getProperty(LOG_DIR_PROPERTY) == null) {
            System.setProperty(LOG_DIR_PROPERTY, logs.toAbsolutePath().toString());
        }
    }
}
