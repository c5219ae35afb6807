package org.zielbild.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zielbild.domain.Message;
import org.zielbild.session.SessionSummary;

/**
 * The sessions of a workspace as the start screen lists them, newest change first, damaged ones last (0083). Each
 * folder is listed from the first bytes of its {@code session.json} and the last bytes of its
 * journal (a later rename), never from whole files; special files are not opened. Folders are
 * read in parallel with a time limit, so one folder on a hanging drive or with a strange file
 * shows as one damaged entry and the others as usual. Reads without locking: a session may be
 * open (here or elsewhere) while it is listed.
 */
final class SessionListing {

    private static final Logger LOG = LoggerFactory.getLogger(SessionListing.class);
    /** Enough for the journal's last lines: a rename is usually among them. */
    private static final int JOURNAL_TAIL = 256 << 10;
    private static final String RENAME = "session.edit";

    /** Reads one folder's summary; tests replace it to play a folder that hangs. */
    interface Reader {
        SessionSummary summary(SessionFiles files);
    }

    private final Path workspace;
    private final StoreCodec codec;
    private final Duration limit;
    private final Reader reader;
    private final ExecutorService pool;

    SessionListing(Path workspace, StoreCodec codec) {
        this(workspace, codec, Duration.ofSeconds(2), null);
    }

    /** @param limit how long one folder may take before it is listed as not answering */
    SessionListing(Path workspace, StoreCodec codec, Duration limit, Reader reader) {
        this.workspace = workspace;
        this.codec = codec;
        this.limit = limit;
        this.reader = reader == null ? this::summary : reader;
        ThreadPoolExecutor threads = new ThreadPoolExecutor(4, 4, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                r -> FileJournal.daemon(r, "zielbild-list"));
        threads.allowCoreThreadTimeOut(true);
        this.pool = threads;
    }

    List<SessionSummary> list() {
        if (!Files.isDirectory(workspace)) {
            return List.of();
        }
        List<SessionFiles> folders;
        try (Stream<Path> entries = Files.list(workspace)) {
            folders = entries.filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(Files::isDirectory)
                    .map(SessionFiles::new)
                    .filter(SessionFiles::looksLikeSession)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Future<SessionSummary>> running = folders.stream().map(f -> pool.submit(() -> reader.summary(f))).toList();
        // One limit for the folders read side by side, plus a little for each: a slow drive may take its time.
        long deadline = System.nanoTime() + limit.toNanos() + TimeUnit.MILLISECONDS.toNanos(5L * folders.size());
        List<SessionSummary> out = new ArrayList<>();
        for (int i = 0; i < folders.size(); i++) {
            out.add(await(running.get(i), folders.get(i), deadline));
        }
        // Damaged entries last: Enter on the start screen opens the first one, which should be a session that opens.
        out.sort(Comparator.comparing(SessionSummary::damaged)
                .thenComparing(SessionSummary::lastChange, Comparator.nullsLast(Comparator.reverseOrder())));
        return out;
    }

    private SessionSummary await(Future<SessionSummary> summary, SessionFiles files, long deadline) {
        try {
            return summary.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            summary.cancel(true);
            LOG.warn("session folder {} did not answer within {} ms", files.folder(), limit.toMillis());
            return damaged(files, Message.of("store.list.noAnswer", files.folder().toString(), limit.toMillis() / 1000.0));
        } catch (ExecutionException | RuntimeException e) {
            LOG.warn("session folder {} could not be listed", files.folder(), e);
            return damaged(files, Message.of("store.list.unreadable", files.folder().toString()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return damaged(files, Message.of("store.list.unreadable", files.folder().toString()));
        }
    }

    /** Title and date from the snapshot's first bytes, the title of a later rename from the journal's last ones. */
    SessionSummary summary(SessionFiles files) {
        Instant lastChange = lastChange(files);
        String location = files.folder().toString();
        String folderName = files.folder().getFileName().toString();
        byte[] head;
        try {
            head = SafeFiles.head(files.snapshot(), SnapshotHeader.HEAD_BYTES);
        } catch (IOException e) {
            return new SessionSummary(folderName, folderName, null, lastChange, location,
                    Message.of("store.damage.line", files.snapshot().toString(), ReadProblems.of(e)));
        }
        Optional<SnapshotHeader> header = SnapshotHeader.parse(head);
        if (header.isEmpty()) {
            Message why = head.length == 0 ? Message.of("store.damage.empty")
                    : WhyUnreadable.unsealed(head, Boms.utf8Length(head), head.length, false);
            return new SessionSummary(folderName, folderName, null, lastChange, location,
                    Message.of("store.damage.line", files.snapshot().toString(),
                            why.key().equals("store.damage.incomplete") || why.key().equals("store.damage.unsealed")
                                    ? Message.of("store.damage.noHeader") : why));
        }
        SnapshotHeader h = header.get();
        String title = renamedTo(files).orElse(h.title());
        return new SessionSummary(h.id(), title, h.date(), lastChange, location, null);
    }

    private static SessionSummary damaged(SessionFiles files, Message problem) {
        String name = files.folder().getFileName().toString();
        return new SessionSummary(name, name, null, null, files.folder().toString(), problem);
    }

    /** The title of the last rename among the journal's last lines (a session that was not closed cleanly). */
    private Optional<String> renamedTo(SessionFiles files) {
        try {
            long size = SafeFiles.requireOrdinary(files.journal()).size();
            if (size == 0) {
                return Optional.empty();
            }
            byte[] tail = new byte[(int) Math.min(size, JOURNAL_TAIL)];
            try (SeekableByteChannel ch = Files.newByteChannel(files.journal())) {
                ch.position(size - tail.length);
                ByteBuffer buffer = ByteBuffer.wrap(tail);
                while (buffer.hasRemaining() && ch.read(buffer) >= 0) {
                    // read on
                }
            }
            List<byte[]> lines = JournalText.split(tail).lines();
            for (int i = lines.size() - 1; i >= 0; i--) {
                Optional<String> title = renamedIn(lines.get(i));
                if (title.isPresent()) {
                    return title;
                }
            }
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.debug("journal of {} not read for the listing", files.folder(), e);
        }
        return Optional.empty();
    }

    private Optional<String> renamedIn(byte[] line) {
        if (!new String(line, java.nio.charset.StandardCharsets.UTF_8).contains("\"" + RENAME + "\"")) {
            return Optional.empty();
        }
        try {
            JsonNode change = codec.readLine(line, line.length).tree().path("change");
            JsonNode title = change.path("info").path("title");
            return RENAME.equals(change.path("type").asText()) && title.isTextual() ? Optional.of(title.asText())
                    : Optional.empty();
        } catch (Unreadable e) {
            return Optional.empty(); // a torn or damaged line: opening will say so
        }
    }

    private static Instant lastChange(SessionFiles files) {
        return Stream.of(files.snapshot(), files.journal())
                .map(SessionListing::modified).flatMap(Optional::stream).max(Comparator.naturalOrder()).orElse(null);
    }

    private static Optional<Instant> modified(Path file) {
        try {
            return Optional.of(Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
