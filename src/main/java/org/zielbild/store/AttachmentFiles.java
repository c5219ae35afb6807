package org.zielbild.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.zielbild.session.OpenSession;

/**
 * Pictures kept in a session's folder, under {@code attachments/}: copied in once (named by their
 * content, so the same picture twice is one file), written to a temp file, forced and moved into
 * place like every other session file, and found again by their reference. Only picture files are
 * taken (PNG, JPEG, GIF, BMP by their first bytes). Decision 0131.
 */
public final class AttachmentFiles {

    static final String FOLDER = "attachments";
    /** Larger than any photo a beamer needs; refuse rather than fill the disk. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    /** Why a file was not taken. */
    public enum Problem { NOT_AN_IMAGE, TOO_LARGE }

    /** The file is not a picture, or too large. */
    public static final class NotTaken extends IOException {
        private static final long serialVersionUID = 1L;
        private final Problem problem;

        NotTaken(Problem problem) {
            super(problem.name());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    private AttachmentFiles() {
    }

    /** The folder of a session the store opened; empty for sessions held elsewhere (in memory). */
    public static Optional<Path> folderOf(OpenSession open) {
        return open instanceof StoredSession ? Optional.of(Path.of(open.location())) : Optional.empty();
    }

    /** Copies a picture into the session folder and returns its reference ("attachments/…"). */
    public static String copyIn(Path sessionFolder, Path source) throws IOException {
        if (Files.size(source) > MAX_BYTES) {
            throw new NotTaken(Problem.TOO_LARGE);
        }
        byte[] bytes = Files.readAllBytes(source);
        String extension = extension(bytes);
        if (extension == null) {
            throw new NotTaken(Problem.NOT_AN_IMAGE);
        }
        Path dir = sessionFolder.resolve(FOLDER);
        FileOps.REAL.createDirectories(dir);
        String name = hash(bytes) + "." + extension;
        Path target = dir.resolve(name);
        if (!Files.exists(target)) {
            Path temp = new SessionFiles(sessionFolder).tempFor(target);
            try (FileChannel ch = FileOps.REAL.createNew(temp)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    ch.write(buffer);
                }
                ch.force(true);
            }
            AtomicReplace.move(FileOps.REAL, temp, target);
            FileOps.REAL.forceDirectory(dir);
        }
        return FOLDER + "/" + name;
    }

    /** The file of an attached picture, if it is there; references outside {@code attachments/} find nothing. */
    public static Optional<Path> resolve(Path sessionFolder, String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        Path dir = sessionFolder.resolve(FOLDER).normalize();
        Path file = sessionFolder.resolve(reference).normalize();
        return file.startsWith(dir) && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** The picture's kind by its first bytes, or null for anything else. */
    static String extension(byte[] b) {
        if (starts(b, 0x89, 'P', 'N', 'G')) {
            return "png";
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return "jpg";
        }
        if (starts(b, 'G', 'I', 'F', '8')) {
            return "gif";
        }
        if (starts(b, 'B', 'M')) {
            return "bmp";
        }
        return null;
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String hash(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest, 0, 12).toLowerCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
