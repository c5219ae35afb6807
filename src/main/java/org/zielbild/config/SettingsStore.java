package org.zielbild.config;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zielbild.domain.Language;
import org.zielbild.domain.Message;

/**
 * Reads and writes {@code settings.json}. A damaged file never stops the app: it is set aside
 * (renamed, not deleted) and the defaults are used, with a note for the user.
 */
public final class SettingsStore {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);

    /** Far more than any settings file; a larger one is not a settings file (and is not read into memory). */
    static final long MAX_BYTES = 1 << 20;

    private final Path file;
    private Message loadProblem;

    public SettingsStore(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** The stored settings, or the defaults when there are none or they cannot be read. */
    public Settings load(Language systemLanguage) {
        if (!Files.exists(file)) {
            return Settings.defaults(systemLanguage);
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new IOException("settings file of " + Files.size(file) + " bytes; settings take a few hundred");
            }
            Settings s = SettingsJson.read(Files.readAllBytes(file));
            return s == null ? Settings.defaults(systemLanguage) : s;
        } catch (IOException | RuntimeException e) {
            LOG.warn("settings file {} is damaged; using defaults", file, e);
            Path aside = file.resolveSibling("settings.damaged-"
                    + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".json");
            try {
                Files.move(file, aside);
                loadProblem = Message.of("settings.damaged", aside.toString());
            } catch (IOException moveFailed) {
                loadProblem = Message.of("settings.damaged", file.toString());
            }
            return Settings.defaults(systemLanguage);
        }
    }

    /** What went wrong on the last load, to tell the user once. */
    public Optional<Message> loadProblem() {
        return Optional.ofNullable(loadProblem);
    }

    /** Writes the settings atomically (temp file, then rename), so a crash leaves the old or the new file. */
    public void save(Settings settings) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (java.io.OutputStream out = Files.newOutputStream(tmp)) {
            SettingsJson.write(settings, out);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
