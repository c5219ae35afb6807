package org.zielbild.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;
import org.zielbild.session.AttachmentKind;
import org.zielbild.session.SessionAttachments;
import org.zielbild.session.SessionUnavailableException;

/**
 * The attachments a session refers to, carried along when the session leaves its folder (0111): into
 * an export file (Base64 by reference), out of one into a new session folder (each file checked as
 * {@link FolderAttachments} checks a new one), and into a duplicate's folder.
 */
final class CarriedAttachments {

    /** The most an export carries: with Base64 the file stays well below what an import reads (256 MB). */
    static final long MAX_EXPORT_BYTES = 100L << 20;

    /** The longest Base64 text of one picture an import reads: the largest picture, re-wrapped by a mail program. */
    static final int MAX_ENCODED_CHARS = (int) (SessionAttachments.MAX_BYTES / 3 * 4 * 21 / 20) + 4096;

    private static final Logger LOG = LoggerFactory.getLogger(CarriedAttachments.class);
    private static final double MB = 1024.0 * 1024.0;

    private CarriedAttachments() {
    }

    /**
     * The referenced files that {@code source} has, Base64-encoded, by reference; empty when there are
     * none. A missing file is left out (the session already shows it as missing).
     *
     * @throws SessionUnavailableException when they are together larger than {@link #MAX_EXPORT_BYTES}, or
     *                                     one cannot be read
     */
    static SortedMap<String, String> forExport(Session session, SessionAttachments source)
            throws SessionUnavailableException {
        SortedMap<String, Path> files = new TreeMap<>();
        long total = 0;
        for (String reference : AttachmentReferences.in(session)) {
            Optional<Path> file = source.locate(reference);
            if (file.isEmpty()) {
                LOG.info("attachment {} of session {} is missing; exported without it", reference, session.id());
                continue;
            }
            files.put(reference, file.get());
            try {
                total += SafeFiles.requireOrdinary(file.get()).size();
            } catch (IOException e) {
                throw unreadable(reference, e);
            }
        }
        if (total > MAX_EXPORT_BYTES) {
            throw new SessionUnavailableException(Message.of("store.export.attachmentsTooLarge", files.size(),
                    total / MB, MAX_EXPORT_BYTES / MB));
        }
        SortedMap<String, String> carried = new TreeMap<>();
        for (Map.Entry<String, Path> e : files.entrySet()) {
            try {
                carried.put(e.getKey(), Base64.getEncoder().encodeToString(
                        SafeFiles.read(e.getValue(), SessionAttachments.MAX_BYTES)));
            } catch (IOException failed) {
                throw unreadable(e.getKey(), failed);
            }
        }
        return carried;
    }

    /** A picture in the session folder that cannot be read: the export is refused rather than made without it. */
    private static SessionUnavailableException unreadable(String reference, IOException e) {
        LOG.warn("attachment {} cannot be read for the export", reference, e);
        return new SessionUnavailableException(Message.of("store.export.attachmentUnreadable", shown(reference),
                ReadProblems.of(e)), e);
    }

    /**
     * Writes the carried files that pass the checks into {@code folder}'s attachments (a session
     * folder being built), but for those it has already; what does not pass is left out with a
     * message for the user.
     *
     * @throws IOException when a file cannot be written (the new folder is then abandoned whole)
     */
    static List<Message> restore(Map<String, String> carried, Path folder, FileOps ops) throws IOException {
        List<Message> problems = new ArrayList<>();
        Path attachments = folder.resolve(FolderAttachments.FOLDER);
        for (Map.Entry<String, String> e : new TreeMap<>(carried).entrySet()) {
            String reference = e.getKey();
            if (FolderAttachments.REFERENCE.matcher(reference).matches() && Files.exists(attachments.resolve(reference))) {
                continue; // brought already from the workspace's own copy of this session
            }
            Optional<Message> why = Optional.empty();
            byte[] bytes = null;
            try {
                bytes = Base64.getMimeDecoder().decode(e.getValue() == null ? "" : e.getValue());
                why = problemWith(reference, bytes);
            } catch (IllegalArgumentException notBase64) {
                why = Optional.of(Message.of("store.import.attachment.notEncoded"));
            }
            if (why.isPresent()) {
                LOG.warn("attachment {} in the import left out: {}", reference, why.get());
                problems.add(Message.of("store.import.attachment.leftOut", shown(reference), why.get()));
                continue;
            }
            write(attachments, reference, bytes, ops);
        }
        forceIfThere(attachments, ops);
        return problems;
    }

    /**
     * Copies the files {@code session} refers to from {@code source} into {@code folder} (a session
     * folder being built), but for those it has already. A duplicate copies them as they are (one that
     * cannot be read fails it whole); an import ({@code check}) leaves out what cannot be read or fails
     * the checks, with a message, as it does for an export file's.
     */
    static List<Message> copy(Session session, SessionAttachments source, Path folder, FileOps ops, boolean check)
            throws IOException {
        List<Message> problems = new ArrayList<>();
        Path attachments = folder.resolve(FolderAttachments.FOLDER);
        for (String reference : AttachmentReferences.in(session)) {
            Optional<Path> file = source.locate(reference);
            if (file.isEmpty() || Files.exists(attachments.resolve(reference))) {
                continue; // not there, or brought already
            }
            if (!check) {
                write(attachments, reference, SafeFiles.read(file.get(), SessionAttachments.MAX_BYTES), ops);
                continue;
            }
            Optional<Message> why;
            byte[] bytes = null;
            try {
                long size = SafeFiles.requireOrdinary(file.get()).size();
                if (size > SessionAttachments.MAX_BYTES) {
                    why = Optional.of(tooLarge(size));
                } else {
                    bytes = SafeFiles.read(file.get(), SessionAttachments.MAX_BYTES);
                    why = problemWith(reference, bytes);
                }
            } catch (IOException e) {
                why = Optional.of(Message.of("store.import.attachment.unreadable", ReadProblems.of(e)));
            }
            if (why.isPresent()) {
                LOG.warn("attachment {} in {} left out: {}", reference, file.get(), why.get());
                problems.add(Message.of("store.import.attachment.leftOutOfFolder", shown(reference), why.get()));
            } else {
                write(attachments, reference, bytes, ops);
            }
        }
        forceIfThere(attachments, ops);
        return problems;
    }

    /** Why {@code bytes} cannot be the attachment {@code reference}: the checks of a new attachment, and the hash. */
    static Optional<Message> problemWith(String reference, byte[] bytes) {
        if (!FolderAttachments.REFERENCE.matcher(reference).matches()) {
            return Optional.of(Message.of("store.import.attachment.badName"));
        }
        if (bytes.length > SessionAttachments.MAX_BYTES) {
            return Optional.of(tooLarge(bytes.length));
        }
        String extension = reference.substring(reference.indexOf('.') + 1);
        byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, AttachmentKind.HEAD));
        if (!AttachmentKind.IMAGE.extensionOf(head).map(extension::equals).orElse(false)) {
            return Optional.of(Message.of("store.import.attachment.notImage"));
        }
        MessageDigest digest = FolderAttachments.sha256();
        digest.update(bytes);
        if (!reference.startsWith(FolderAttachments.hashOf(digest) + ".")) {
            return Optional.of(Message.of("store.import.attachment.changed"));
        }
        return Optional.empty();
    }

    private static Message tooLarge(long size) {
        return Message.of("store.import.attachment.tooLarge", size / MB, SessionAttachments.MAX_BYTES / MB);
    }

    private static void write(Path attachments, String reference, byte[] bytes, FileOps ops) throws IOException {
        ops.createDirectories(attachments);
        try (FileChannel out = ops.createNew(attachments.resolve(reference))) {
            SnapshotWriter.writeFully(out, ByteBuffer.wrap(bytes));
            out.force(true);
        }
    }

    private static void forceIfThere(Path attachments, FileOps ops) throws IOException {
        if (Files.isDirectory(attachments)) {
            ops.forceDirectory(attachments);
        }
    }

    /** A reference as the user may see it: short, and never a path or a wall of text from a damaged file. */
    private static String shown(String reference) {
        String clean = reference.replaceAll("[^0-9A-Za-z._-]", "?");
        return clean.length() > 24 ? clean.substring(0, 12) + "…" + clean.substring(clean.length() - 8) : clean;
    }
}
