package org.zielbild.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;
import org.zielbild.session.RescueCopy;
import org.zielbild.session.RescuePlace;
import org.zielbild.session.SessionAttachments;
import org.zielbild.session.SessionState;
import org.zielbild.session.SessionUnavailableException;

/**
 * A session as one file, without its undo history (0024): exports, imports, and the rescue copy
 * written when a session is closed while its folder cannot be written (0084).
 */
final class SessionExports {

    private static final Logger LOG = LoggerFactory.getLogger(SessionExports.class);
    private static final long MAX_IMPORT_BYTES = SafeFiles.MAX_SESSION_BYTES;

    private final StoreCodec codec;
    private final Refusals refusals;
    private final FileOps ops;
    private final Clock clock;
    private final RescuePlaces places;

    SessionExports(StoreCodec codec, Refusals refusals, FileOps ops, Clock clock, RescuePlaces places) {
        this.codec = codec;
        this.refusals = refusals;
        this.ops = ops;
        this.clock = clock;
        this.places = places;
    }

    /** Writes {@code session} with the attachments it refers to that {@code attachments} has (0111). */
    void export(Session session, SessionAttachments attachments, Path file) throws SessionUnavailableException {
        try {
            writeAtomically(file.toAbsolutePath(), bytes(session, CarriedAttachments.forExport(session, attachments)));
        } catch (IOException e) {
            throw new SessionUnavailableException(Message.of("store.export.failed", file.toString(),
                    IoMessages.of(e, file.toAbsolutePath().getParent())), e);
        }
    }

    /** The session in an export file (or a {@code session.json} the user picked instead), attachments unchecked. */
    StoreCodec.ImportedSession read(Path file) throws SessionUnavailableException {
        byte[] bytes;
        try {
            bytes = SafeFiles.read(file, MAX_IMPORT_BYTES); // a named pipe or /dev/zero is refused, not waited on
        } catch (NoSuchFileException e) {
            throw new SessionUnavailableException(Message.of("error.session.notFound", file.toString()), e);
        } catch (IOException e) {
            throw new SessionUnavailableException(Message.of("store.import.unreadable", file.toString(),
                    ReadProblems.of(e)), e);
        }
        try {
            return codec.readImport(bytes);
        } catch (Unreadable e) {
            LOG.info("cannot import {}", file, e);
            throw new SessionUnavailableException(Message.of("store.import.unreadable", file.toString(), e.reason()), e);
        } catch (NewerSchemaException e) {
            throw refusals.newer(file.getFileName().toString(), e);
        }
    }

    /** Where a rescue copy of the session in {@code folder} would go now. */
    RescuePlace rescuePlace(Path folder, Path chosen) {
        return chosen != null ? places.describe(chosen, folder) : places.ranked(folder).get(0);
    }

    /**
     * A complete copy of the session outside its folder, which cannot be written (0084): to the
     * folder the user chose, else to the best place that takes it.
     */
    RescueCopy rescue(SessionState state, Path sessionFolder, Path chosen) throws SessionUnavailableException {
        Session s = state.session();
        Instant now = clock.instant();
        String name = FolderNames.slug(s.info().title()) + "-" + s.id() + "-"
                + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneId.systemDefault()).format(now)
                + RescuePlaces.SUFFIX;
        try {
            byte[] bytes = bytes(s, Map.of()); // the folder may be failing: the records first
            Path file = places.write(sessionFolder, chosen, name, target -> writeAtomically(target, bytes));
            LOG.error("session {} could not be written to its folder {}; a complete copy was saved to {} (import it from "
                    + "the start screen)", s.id(), sessionFolder, file);
            return new RescueCopy(file.toString(), now);
        } catch (RescuePlaces.NoPlace e) {
            String tried = String.join(", ", e.tried.stream().map(Path::toString).toList());
            throw new SessionUnavailableException(Message.of("store.rescue.failed", tried,
                    IoMessages.ofPlace(e.getCause(), e.lastPlace)), e);
        } catch (IOException e) {
            throw new SessionUnavailableException(Message.of("store.rescue.failed", sessionFolder.toString(),
                    IoMessages.ofPlace(e, sessionFolder)), e);
        }
    }

    /** Copies of session {@code id} written elsewhere after {@code since}. */
    List<RescueCopy> newerCopies(String id, Instant since) {
        return places.newerThan(id, since);
    }

    private byte[] bytes(Session session, Map<String, String> attachments) throws IOException {
        return codec.export(new SessionExport(SessionExport.FORMAT, codec.currentVersion(), clock.instant(), session,
                attachments));
    }

    private void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path dir = target.getParent();
        ops.createDirectories(dir);
        Path temp = dir.resolve(target.getFileName() + "." + Long.toHexString(System.nanoTime()) + SessionFiles.TEMP_SUFFIX);
        try {
            try (FileChannel ch = ops.createNew(temp)) {
                SnapshotWriter.writeFully(ch, ByteBuffer.wrap(bytes));
                ch.force(true);
            }
            AtomicReplace.move(ops, temp, target);
            ops.forceDirectory(dir);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }
}
