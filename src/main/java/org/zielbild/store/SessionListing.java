package org.zielbild.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zielbild.domain.Session;
import org.zielbild.session.SessionSummary;

/**
 * The sessions of a workspace as the start screen lists them, newest change first. Reads without
 * locking: a session may be open (here or elsewhere) while it is listed.
 */
final class SessionListing {

    private static final Logger LOG = LoggerFactory.getLogger(SessionListing.class);

    private final Path workspace;
    private final SessionReader reader;

    SessionListing(Path workspace, SessionReader reader) {
        this.workspace = workspace;
        this.reader = reader;
    }

    List<SessionSummary> list() {
        if (!Files.isDirectory(workspace)) {
            return List.of();
        }
        List<SessionSummary> out = new ArrayList<>();
        try (Stream<Path> folders = Files.list(workspace)) {
            folders.filter(Files::isDirectory)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .map(SessionFiles::new)
                    .filter(SessionFiles::looksLikeSession)
                    .forEach(f -> out.add(summary(f)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.sort(Comparator.comparing(SessionSummary::lastChange, Comparator.nullsLast(Comparator.reverseOrder())));
        return out;
    }

    /** Title and date from the snapshot's start; a journal with changes is replayed, so a new title shows. */
    SessionSummary summary(SessionFiles files) {
        Instant lastChange = Stream.of(files.snapshot(), files.journal())
                .map(SessionListing::modified).flatMap(Optional::stream).max(Comparator.naturalOrder()).orElse(null);
        String location = files.folder().toString();
        String fallback = files.folder().getFileName().toString();
        if (size(files.journal()) > 0) {
            try {
                SessionReader.Contents c = reader.read(files);
                if (c.replay().isPresent()) {
                    Session s = c.replay().get().state().session();
                    return new SessionSummary(s.id(), s.info().title(), s.info().date(), lastChange, location);
                }
            } catch (NewerSchemaException e) {
                LOG.debug("{} is from a newer version", files.folder());
            }
        }
        return SnapshotHeader.read(files.snapshot())
                .map(h -> new SessionSummary(h.id(), h.title(), h.date(), lastChange, location))
                .orElseGet(() -> new SessionSummary(fallback, fallback, null, lastChange, location));
    }

    private static Optional<Instant> modified(Path file) {
        try {
            return Optional.of(Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
