package org.zielbild.csv;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.zielbild.domain.Message;

/**
 * A text file that is refused, with the file's name and a true reason the app shows in its language
 * and the command line in English: empty, binary, not valid UTF-16, a pipe or device, too large,
 * too many lines; or a file that could not be opened at all ({@link #couldNotOpen()}).
 */
public final class UnreadableText extends IOException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final transient Message reason;
    private final boolean couldNotOpen;

    UnreadableText(String file, Message reason, boolean couldNotOpen) {
        super(file + ": " + EnglishMessages.imports().text(reason));
        this.file = file;
        this.reason = reason;
        this.couldNotOpen = couldNotOpen;
    }

    static UnreadableText refused(String file, String key, Object... args) {
        return new UnreadableText(file, Message.of(key, args), false);
    }

    /** The file could not be opened or read (missing, no permission, a failing disk). */
    static UnreadableText couldNotOpen(Path path, IOException e) {
        Message reason;
        if (e instanceof NoSuchFileException) {
            reason = Message.of("textfile.missing");
        } else if (e instanceof AccessDeniedException) {
            reason = Message.of("textfile.denied");
        } else {
            reason = Message.of("textfile.ioError", CsvException.reason(e));
        }
        return new UnreadableText(path.toString(), reason, true);
    }

    /** The file as the user named it (the command line) or picked it. */
    public String file() {
        return file;
    }

    /** Why, without the file's name: "the file is empty", "it is a named pipe (FIFO), not a file", ... */
    public Message reason() {
        return reason;
    }

    /** True when the file could not be opened or read; false when it was read and refused. */
    public boolean couldNotOpen() {
        return couldNotOpen;
    }

    /** True for a file without any text (no bytes, or only a byte-order mark and blank lines). */
    public boolean isEmptyFile() {
        return reason.key().equals("textfile.empty");
    }
}
