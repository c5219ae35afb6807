package org.zielbild.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.zielbild.domain.Message;

/**
 * Whether a folder can hold sessions, checked before the settings name it: a relative path would
 * depend on where the app was started, and a folder that cannot be written would only show up as
 * an error when the next session is created, in the middle of preparing the day.
 */
public final class WorkspaceCheck {

    private WorkspaceCheck() {
    }

    /** Empty when {@code folder} is usable (it is created if missing); otherwise why not. */
    public static Optional<Message> problem(String folder) {
        Path path;
        try {
            path = Path.of(folder.strip());
        } catch (InvalidPathException e) {
            return Optional.of(Message.of("settings.workspace.invalid", folder));
        }
        if (!path.isAbsolute()) {
            return Optional.of(Message.of("settings.workspace.relative", folder));
        }
        try {
            Files.createDirectories(path);
            Path probe = Files.createTempFile(path, ".write-test", ".tmp");
            Files.delete(probe);
            return Optional.empty();
        } catch (IOException | SecurityException e) {
            return Optional.of(Message.of("settings.workspace.notWritable", path.toString(), reason(e)));
        }
    }

    private static String reason(Exception e) {
        return e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : e.getClass().getSimpleName();
    }
}
