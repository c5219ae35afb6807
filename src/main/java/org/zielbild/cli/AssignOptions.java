package org.zielbild.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zielbild.assign.AssignmentEngine;
import org.zielbild.assign.Policy;

/** The command line of {@code zielbild assign}, parsed and checked. */
record AssignOptions(
        Path coaches, Path ballots, Policy policy, long seed, Optional<Path> out,
        Optional<Path> locks, Optional<Path> forbidden) {

    private static final Set<String> OPTIONS =
            Set.of("--coaches", "--ballots", "--policy", "--seed", "--out", "--locks", "--forbidden");

    static boolean wantsHelp(List<String> args) {
        return args.contains("--help") || args.contains("-h");
    }

    /** Accepts {@code --name value} and {@code --name=value}. */
    static AssignOptions parse(List<String> args) throws CommandFailure {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            int equals = arg.indexOf('=');
            String name = arg.startsWith("--") && equals > 0 ? arg.substring(0, equals) : arg;
            if (!OPTIONS.contains(name)) {
                throw CommandFailure.usage(arg.startsWith("-") ? "unknown option '" + name + "'"
                        : "unexpected argument '" + arg + "'");
            }
            String value;
            if (equals > 0 && name.length() < arg.length()) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.size() && !OPTIONS.contains(args.get(i + 1))) {
                value = args.get(++i);
            } else {
                throw CommandFailure.usage("option " + name + " needs a value");
            }
            if (value.isBlank()) {
                throw CommandFailure.usage("option " + name + " needs a value");
            }
            if (values.put(name, value) != null) {
                throw CommandFailure.usage("option " + name + " is given twice");
            }
        }
        return new AssignOptions(
                required(values, "--coaches"),
                required(values, "--ballots"),
                policy(values.get("--policy")),
                seed(values.get("--seed")),
                optional(values, "--out"),
                optional(values, "--locks"),
                optional(values, "--forbidden"));
    }

    private static Path required(Map<String, String> values, String name) throws CommandFailure {
        return optional(values, name).orElseThrow(() -> CommandFailure.usage("missing " + name + " <file>"));
    }

    private static Optional<Path> optional(Map<String, String> values, String name) throws CommandFailure {
        String value = values.get(name);
        try {
            return Optional.ofNullable(value).map(Path::of);
        } catch (InvalidPathException e) {
            throw CommandFailure.usage("option " + name + ": '" + value + "' is not a valid file name");
        }
    }

    private static Policy policy(String value) throws CommandFailure {
        if (value == null) {
            return Policy.RANK_MAXIMAL;
        }
        return Policy.fromLabel(value).orElseThrow(() ->
                CommandFailure.usage("unknown policy '" + value + "'; use rank-maximal, fair or sum"));
    }

    private static long seed(String value) throws CommandFailure {
        if (value == null) {
            return AssignmentEngine.DEFAULT_SEED;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw CommandFailure.usage("--seed must be a whole number, not '" + value + "'");
        }
    }
}
