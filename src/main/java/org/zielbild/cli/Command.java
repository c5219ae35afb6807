package org.zielbild.cli;

import java.io.PrintStream;
import java.util.List;

/** One headless subcommand of the {@code zielbild} executable. */
public interface Command {

    /** The word that selects this command on the command line, e.g. {@code assign}. */
    String name();

    /** One line for the usage text. */
    String summary();

    /**
     * Runs the command.
     *
     * @return the process exit code: 0 on success, non-zero after printing one clear line to {@code err}
     */
    int run(List<String> args, PrintStream out, PrintStream err);
}
