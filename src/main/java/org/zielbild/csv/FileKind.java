package org.zielbild.csv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What a path names, after following links: only an ordinary file can be read safely. A named
 * pipe blocks the reader until someone writes, a device such as {@code /dev/zero} never ends.
 */
public enum FileKind {
    ORDINARY, FOLDER, PIPE, DEVICE, SOCKET, OTHER;

    private static final int S_IFMT = 0170000;
    private static final int S_IFIFO = 0010000;
    private static final int S_IFCHR = 0020000;
    private static final int S_IFBLK = 0060000;
    private static final int S_IFSOCK = 0140000;

    /** The kind of {@code path}, told from its attributes without opening it. */
    public static FileKind of(Path path, BasicFileAttributes attrs) {
        if (attrs.isRegularFile()) {
            return ORDINARY;
        }
        if (attrs.isDirectory()) {
            return FOLDER;
        }
        try {
            int mode = (Integer) Files.getAttribute(path, "unix:mode");
            switch (mode & S_IFMT) {
                case S_IFIFO:
                    return PIPE;
                case S_IFCHR, S_IFBLK:
                    return DEVICE;
                case S_IFSOCK:
                    return SOCKET;
                default:
                    return OTHER;
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return OTHER; // not a Unix file system: say less
        }
    }

    /** The key of the reason "it is a named pipe (FIFO), not a file" and the like. */
    String reasonKey() {
        return "textfile.kind." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
