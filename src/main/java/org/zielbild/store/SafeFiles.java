package org.zielbild.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import org.zielbild.domain.Message;

/**
 * Reading session files without trusting them: only ordinary files (a named pipe would block
 * forever, {@code /dev/zero} would never end), and never more than a limit (a sparse 3 GB file
 * must not exhaust the memory). Symbolic links are followed; what they point to must pass too.
 */
final class SafeFiles {

    /** Far above any real session (5,000 notes are about 1.5 MB); a bigger file is something else. */
    static final long MAX_SESSION_BYTES = 256L << 20;
    /** Small files next to the session (lock info). */
    static final long MAX_SMALL_BYTES = 64L << 10;

    private static final int S_IFMT = 0170000;
    private static final int S_IFIFO = 0010000;
    private static final int S_IFCHR = 0020000;
    private static final int S_IFBLK = 0060000;
    private static final int S_IFSOCK = 0140000;

    private SafeFiles() {
    }

    /**
     * The whole file, when it is an ordinary file of at most {@code limit} bytes.
     *
     * @throws UnsuitableFile        when it is not an ordinary file or larger than the limit
     * @throws NoSuchFileException   when it is missing
     */
    static byte[] read(Path file, long limit) throws IOException {
        BasicFileAttributes attrs = requireOrdinary(file);
        if (attrs.size() > limit) {
            throw tooLarge(file, attrs.size());
        }
        return readAtMost(file, limit, true);
    }

    /** The first {@code max} bytes at most (the listing reads only a file's start). */
    static byte[] head(Path file, int max) throws IOException {
        requireOrdinary(file);
        return readAtMost(file, max, false);
    }

    /** Checks that {@code file} is an ordinary file (following links); its attributes. */
    static BasicFileAttributes requireOrdinary(Path file) throws IOException {
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
        if (!attrs.isRegularFile()) {
            throw new UnsuitableFile(file, Message.of("store.damage.notAFile", kind(file, attrs)));
        }
        return attrs;
    }

    /** Before opening for writing: a missing file is fine (it is created), anything but an ordinary file is not. */
    static void requireOrdinaryIfPresent(Path file) throws IOException {
        try {
            requireOrdinary(file);
        } catch (NoSuchFileException e) {
            // created when it is opened
        }
    }

    private static byte[] readAtMost(Path file, long limit, boolean whole) throws IOException {
        try (SeekableByteChannel ch = Files.newByteChannel(file)) {
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(Math.max(ch.size(), 0) + 1, limit + 1));
            while (true) {
                if (!buffer.hasRemaining()) {
                    if (buffer.capacity() > limit) {
                        if (whole) {
                            throw tooLarge(file, ch.size()); // it grew while it was read
                        }
                        return Arrays.copyOf(buffer.array(), (int) limit);
                    }
                    ByteBuffer bigger = ByteBuffer.allocate((int) Math.min(limit + 1, buffer.capacity() * 2L + 1024));
                    buffer.flip();
                    bigger.put(buffer);
                    buffer = bigger;
                }
                if (ch.read(buffer) < 0) {
                    return Arrays.copyOf(buffer.array(), buffer.position());
                }
            }
        }
    }

    private static UnsuitableFile tooLarge(Path file, long size) {
        return new UnsuitableFile(file, Message.of("store.damage.tooLarge", size / (1024.0 * 1024.0)));
    }

    /** What a file that is not an ordinary file is, as a message key suffix the user understands. */
    private static Message kind(Path file, BasicFileAttributes attrs) {
        if (attrs.isDirectory()) {
            return Message.of("store.file.folder");
        }
        try {
            int mode = (Integer) Files.getAttribute(file, "unix:mode");
            switch (mode & S_IFMT) {
                case S_IFIFO:
                    return Message.of("store.file.pipe");
                case S_IFCHR, S_IFBLK:
                    return Message.of("store.file.device");
                case S_IFSOCK:
                    return Message.of("store.file.socket");
                default:
                    break;
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            // not a Unix file system: say less
        }
        return Message.of("store.file.special");
    }
}
