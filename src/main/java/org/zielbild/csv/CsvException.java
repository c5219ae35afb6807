package org.zielbild.csv;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/**
 * A CSV file that cannot be used as it is: unreadable, malformed, or a row that does not fit. The
 * message is one line for the user and names the file and line, e.g. "ballots.csv, line 7: ...".
 */
public final class CsvException extends Exception {

    private static final long serialVersionUID = 1L;

    public CsvException(String message) {
        super(message);
    }

    /** Why a file could not be read or written, in a few words. */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
