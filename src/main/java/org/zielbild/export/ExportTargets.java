package org.zielbild.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.function.Predicate;
import org.zielbild.csv.FileKind;
import org.zielbild.domain.Message;

/**
 * Whether a place can take an export whole, checked before the first byte is written (issue 17,
 * case 10): a named pipe or a device in place of the file (writing over {@code /dev/full} as root
 * would replace the device), a folder where a file goes, a missing, read-only, unwritable or full
 * folder are refused with the place and the reason. The export dialog checks every chosen file
 * before writing any, so a refusal leaves nothing half done; writing still goes through
 * {@link AtomicFiles}, which removes its temporary file when the disk fills up meanwhile.
 */
public final class ExportTargets {

    private static final ExportTargets STANDARD = new ExportTargets(Files::isWritable);

    private final Predicate<Path> writable;

    /** @param writable whether a folder may be written to (a seam: root may write everywhere) */
    ExportTargets(Predicate<Path> writable) {
        this.writable = writable;
    }

    public static ExportTargets standard() {
        return STANDARD;
    }

    /**
     * Refuses {@code target} unless a file ({@code folder == false}) or a folder of tables can be
     * written there; the exception's message names the place and the reason.
     */
    public void check(Path target, boolean folder) throws ExportException {
        Path place = target.toAbsolutePath().normalize();
        Optional<FileKind> kind = kind(place);
        if (kind.isPresent()) {
            refuseKind(place, kind.get(), folder);
        }
        Path dir = folder ? (kind.isPresent() ? place : nearestExisting(place)) : place.getParent();
        if (dir == null) {
            return; // a file system root
        }
        Optional<FileKind> dirKind = kind(dir);
        if (dirKind.isEmpty()) {
            throw refusal(place, "export.error.noFolder");
        }
        if (dirKind.get() != FileKind.FOLDER) {
            throw refusal(place, "export.error.notFolder");
        }
        if (!writable.test(dir)) {
            throw refusal(place, readOnly(dir) ? "export.error.readOnly" : "export.error.denied");
        }
        if (freeBytes(dir) == 0) {
            throw refusal(place, "export.error.diskFull");
        }
    }

    private static void refuseKind(Path place, FileKind kind, boolean folder) throws ExportException {
        String key = switch (kind) {
            case ORDINARY -> folder ? "export.error.notFolder" : null;
            case FOLDER -> folder ? null : "export.error.isFolder";
            case PIPE -> "export.error.pipe";
            case DEVICE -> "export.error.device";
            case SOCKET, OTHER -> "export.error.special";
        };
        if (key != null) {
            throw refusal(place, key);
        }
    }

    /** What {@code p} names after following links; empty when nothing is there (or a link leads nowhere). */
    private static Optional<FileKind> kind(Path p) {
        try {
            return Optional.of(FileKind.of(p, Files.readAttributes(p, BasicFileAttributes.class)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            Path parent = p.getParent();
            boolean underAFile = parent != null && Files.exists(parent) && !Files.isDirectory(parent);
            return underAFile ? Optional.empty() : Optional.of(FileKind.OTHER); // nothing can be under a file
        }
    }

    /** The folder a new folder of tables would be made in (its missing parents are made too). */
    private static Path nearestExisting(Path place) {
        Path p = place.getParent();
        while (p != null && kind(p).isEmpty()) {
            p = p.getParent();
        }
        return p;
    }

    private static boolean readOnly(Path dir) {
        try {
            return Files.getFileStore(dir).isReadOnly();
        } catch (IOException e) {
            return false;
        }
    }

    private static long freeBytes(Path dir) {
        try {
            return Files.getFileStore(dir).getUsableSpace();
        } catch (IOException e) {
            return -1; // unknown: writing will tell
        }
    }

    private static ExportException refusal(Path place, String reasonKey) {
        return new ExportException(Message.of("export.error.write", place.toString(), Message.of(reasonKey)), null);
    }
}
