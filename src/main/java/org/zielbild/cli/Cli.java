package org.zielbild.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Dispatches {@code zielbild <command> ...} to the headless commands. */
public final class Cli {

    private final Map<String, Command> commands = new LinkedHashMap<>();

    public Cli(List<Command> available) {
        available.forEach(c -> commands.put(c.name(), c));
    }

    /** The commands this build ships. */
    public static Cli standard() {
        return new Cli(List.of(new AssignCommand(), new ExportCommand()));
    }

    public int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            printUsage(args.length == 0 ? err : out);
            return args.length == 0 ? 2 : 0;
        }
        Command command = commands.get(args[0]);
        if (command == null) {
            err.println("zielbild: unknown command '" + args[0] + "'. Run 'zielbild --help' for the list.");
            return 2;
        }
        try {
            return command.run(List.of(Arrays.copyOfRange(args, 1, args.length)), out, err);
        } catch (RuntimeException e) {
            // A bug, not a user error: still one readable line, the trace only for the curious.
            err.println("zielbild " + command.name() + ": internal error: " + e);
            if (System.getenv("ZIELBILD_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return 70;
        } catch (OutOfMemoryError e) {
            // The readers' limits should make this impossible; if not, one line, never a stack trace.
            err.println("zielbild " + command.name() + ": not enough memory for this input (the Java heap is "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB)");
            return 1;
        }
    }

    /**
     * Runs a command as the {@code zielbild} executable does: the log goes to its file only, as the
     * console is for the one line a command prints (a warning the store logs must not end up in the
     * middle of an assignment written to standard output).
     */
    public static int runFromShell(String[] args) {
        ConsoleLog.off();
        return standard().run(args, System.out, System.err);
    }

    private void printUsage(PrintStream to) {
        to.println("Usage: zielbild <command> [options]   (no arguments: start the app)");
        commands.values().forEach(c -> to.printf("  %-10s %s%n", c.name(), c.summary()));
    }
}
