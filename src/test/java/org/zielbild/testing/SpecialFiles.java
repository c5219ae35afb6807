package org.zielbild.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Files a hostile tester hands to a reader: a named pipe (reading it blocks until someone writes),
 * a link to {@code /dev/zero} (never ends), a sparse file far larger than its disk use. Tests that
 * need one are skipped where the system cannot make it (no mkfifo, no /dev/zero).
 */
public final class SpecialFiles {

    private SpecialFiles() {
    }

    /** A named pipe made with {@code mkfifo}; nobody ever writes to it. */
    public static Path fifo(Path dir, String name) throws IOException, InterruptedException {
        Path fifo = dir.resolve(name);
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available: " + e.getMessage());
            throw e;
        }
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
        return fifo;
    }

    /** A symbolic link to {@code /dev/zero}. */
    public static Path devZeroLink(Path dir, String name) throws IOException {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero here");
        return Files.createSymbolicLink(dir.resolve(name), zero);
    }

    /** A file of {@code size} bytes that takes (almost) no disk space. */
    public static Path sparse(Path dir, String name, long size) throws IOException {
        Path file = dir.resolve(name);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size);
        }
        return file;
    }
}
