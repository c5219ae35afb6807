package org.zielbild.export;

import java.nio.file.Path;
import org.zielbild.domain.Session;

/**
 * Writes the session as its JSON archive: the store's export file (decision 0024), handed in by
 * the composition root (the exporters do not see the store).
 */
@FunctionalInterface
public interface SessionArchive {

    /** Writes {@code session} to {@code file} whole or not at all. */
    void write(Session session, Path file) throws ExportException;
}
