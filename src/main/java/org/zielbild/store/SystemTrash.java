package org.zielbild.store;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OS trash through {@link Desktop#moveToTrash} where the platform offers it (Windows, macOS);
 * elsewhere a real delete, which the UI confirms first.
 */
final class SystemTrash implements Trash {

    private static final Logger LOG = LoggerFactory.getLogger(SystemTrash.class);

    private Boolean supported;

    @Override
    public synchronized boolean movesToTrash() {
        if (supported == null) {
            try {
                supported = Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.MOVE_TO_TRASH);
            } catch (RuntimeException | Error e) {
                LOG.debug("no desktop trash here", e);
                supported = false;
            }
        }
        return supported;
    }

    @Override
    public void remove(Path folder) throws IOException {
        if (movesToTrash()) {
            if (Desktop.getDesktop().moveToTrash(folder.toFile())) {
                return;
            }
            throw new IOException("the system did not move " + folder + " to the trash");
        }
        deleteTree(folder);
    }

    static void deleteTree(Path folder) throws IOException {
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
