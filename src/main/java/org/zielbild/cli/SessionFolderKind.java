package org.zielbild.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.zielbild.csv.FileKind;

/**
 * The session folder named on the command line is a folder, before anything is opened: a named
 * pipe or a device there gets its true name at once (the store refuses pipes and devices inside a
 * folder itself). A missing folder is left to the store, which says so in its words.
 */
final class SessionFolderKind {

    private SessionFolderKind() {
    }

    static void requireFolder(Path folder) throws CommandFailure {
        FileKind kind;
        try {
            kind = FileKind.of(folder, Files.readAttributes(folder, BasicFileAttributes.class));
        } catch (IOException e) {
            return;
        }
        String what = switch (kind) {
            case FOLDER -> null;
            case ORDINARY -> "a file";
            case PIPE -> "a named pipe (FIFO)";
            case DEVICE -> "a device";
            case SOCKET -> "a socket";
            case OTHER -> "something other than a folder";
        };
        if (what != null) {
            throw CommandFailure.badInput(folder + " is " + what + ", not a session folder");
        }
    }
}
