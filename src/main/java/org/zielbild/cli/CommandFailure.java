package org.zielbild.cli;

import java.io.IOException;
import org.zielbild.csv.CsvException;

/** A user error that ends a command with one line on stderr and a documented exit code. */
final class CommandFailure extends Exception {

    private static final long serialVersionUID = 1L;

    /** Exit code for bad input data: unreadable, malformed or invalid files, or no possible assignment. */
    static final int BAD_INPUT = 1;
    /** Exit code for a wrong command line. */
    static final int USAGE = 2;

    private final int exitCode;

    private CommandFailure(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    static CommandFailure usage(String message) {
        return new CommandFailure(USAGE, message);
    }

    static CommandFailure badInput(String message) {
        return new CommandFailure(BAD_INPUT, message);
    }

    /** Why a file could not be read or written, in a few words. */
    static String reason(IOException e) {
        return CsvException.reason(e);
    }

    int exitCode() {
        return exitCode;
    }
}
