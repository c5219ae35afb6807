package org.zielbild.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zielbild.export.ExportFormat;

/** The command line of {@code zielbild export}, parsed and checked. */
record ExportOptions(ExportFormat format, Path out, Path sessionFolder, boolean includeRanks) {

    private static final Set<String> WITH_VALUE = Set.of("--format", "--out");
    private static final Set<String> FLAGS = Set.of("--include-ranks");

    static ExportOptions parse(List<String> args) throws CommandFailure {
        Map<String, String> values = new HashMap<>();
        List<String> positional = new ArrayList<>();
        boolean includeRanks = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            int equals = arg.indexOf('=');
            String name = arg.startsWith("--") && equals > 0 ? arg.substring(0, equals) : arg;
            if (FLAGS.contains(name)) {
                includeRanks = true;
                continue;
            }
            if (!arg.startsWith("-")) {
                positional.add(arg);
                continue;
            }
            if (!WITH_VALUE.contains(name)) {
                throw CommandFailure.usage("unknown option '" + name + "'");
            }
            String value;
            if (equals > 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
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
        if (positional.size() > 1) {
            throw CommandFailure.usage("one session folder, please; got '" + positional.get(0) + "' and '"
                    + positional.get(1) + "'");
        }
        String formatValue = values.get("--format");
        if (formatValue == null) {
            throw CommandFailure.usage("missing --format pdf|html|md|csv|json");
        }
        ExportFormat format = ExportFormat.fromLabel(formatValue).orElseThrow(() ->
                CommandFailure.usage("unknown format '" + formatValue + "'; use pdf, html, md, csv or json"));
        if (!values.containsKey("--out")) {
            throw CommandFailure.usage("missing --out " + (format.folder() ? "<folder>" : "<file>"));
        }
        if (positional.isEmpty()) {
            throw CommandFailure.usage("missing the session folder");
        }
        if (includeRanks && format != ExportFormat.CSV) {
            throw CommandFailure.usage("--include-ranks is for --format csv only");
        }
        return new ExportOptions(format, path("--out", values.get("--out")), path("session folder", positional.get(0)),
                includeRanks);
    }

    private static Path path(String what, String value) throws CommandFailure {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw CommandFailure.usage(what + ": '" + value + "' is not a valid path");
        }
    }
}
