package org.zielbild.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * Every file operation the store's writers use, in one overridable place: tests replace it with
 * one that fails like a full disk or a read-only folder. Reading goes straight to {@link Files}.
 */
class FileOps {

    static final FileOps REAL = new FileOps();

    private static final boolean WINDOWS =
            System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");

    /** Opens a file for appending (created if missing), positioned at its end. */
    FileChannel openAppend(Path file) throws IOException {
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
        ch.position(ch.size());
        return ch;
    }

    /** Creates a new file that must not exist yet (temp files). */
    FileChannel createNew(Path file) throws IOException {
        return FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    /** Replaces {@code target} with {@code source} atomically; never falls back to copying. */
    void atomicMove(Path source, Path target) throws IOException {
        Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Makes a second name for a file (a backup that costs no copy); copies where links are not supported. */
    void linkOrCopy(Path existing, Path link) throws IOException {
        try {
            Files.createLink(link, existing);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(existing, link, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    void createDirectories(Path dir) throws IOException {
        Files.createDirectories(dir);
    }

    /**
     * Creates one folder whose parent must exist (never a chain of them): a session folder that was
     * removed is made again only where its workspace still is.
     */
    void createSubfolder(Path dir) throws IOException {
        Files.createDirectory(dir);
    }

    void delete(Path file) throws IOException {
        Files.deleteIfExists(file);
    }

    /**
     * Makes a rename or a new file in {@code dir} durable. Linux and macOS allow forcing a directory;
     * Windows refuses to open one, and NTFS makes renames durable with the file itself.
     */
    void forceDirectory(Path dir) throws IOException {
        if (windows()) {
            return;
        }
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        }
    }

    /** Windows has its own file-locking habits (see {@link AtomicReplace}). */
    boolean windows() {
        return WINDOWS;
    }
}
