package org.zielbild.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The bytes of a file a user named, read without trusting it: only an ordinary file (links are
 * followed; a pipe, device, folder or socket is refused by its kind without being opened) and
 * never more than a limit, also when the file grows while it is read or lies about its size.
 */
final class FileBytes {

    private FileBytes() {
    }

    static byte[] read(Path path, long limit) throws UnreadableText {
        String file = path.toString();
        try {
            BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class);
            FileKind kind = FileKind.of(path, attrs);
            if (kind != FileKind.ORDINARY) {
                throw UnreadableText.refused(file, kind.reasonKey());
            }
            if (attrs.size() > limit) {
                throw tooLarge(file, attrs.size(), limit);
            }
            try (InputStream in = Files.newInputStream(path)) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
                if (bytes.length > limit) {
                    throw tooLarge(file, Math.max(attrs.size(), bytes.length), limit);
                }
                return bytes;
            }
        } catch (UnreadableText e) {
            throw e;
        } catch (IOException e) {
            throw UnreadableText.couldNotOpen(path, e);
        }
    }

    private static UnreadableText tooLarge(String file, long size, long limit) {
        return UnreadableText.refused(file, "textfile.tooLarge", megabytes(size), megabytes(limit));
    }

    private static double megabytes(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
