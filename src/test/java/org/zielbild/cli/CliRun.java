package org.zielbild.cli;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs {@code zielbild ...} in-process in a folder of test files and captures what it prints. */
final class CliRun {

    record Result(int exitCode, String out, String err) {
    }

    private final Path folder;

    CliRun(Path folder) {
        this.folder = folder;
    }

    Path file(String name, String content) {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    Path file(String name, byte[] content) {
        try {
            return Files.write(folder.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String read(String name) {
        try {
            return Files.readString(folder.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Arguments ending in ".csv" are files in the folder; the folder prefix is cut from the output. */
    Result run(String... args) {
        String[] resolved = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            int equals = args[i].indexOf('=') + 1;
            resolved[i] = args[i].endsWith(".csv")
                    ? args[i].substring(0, equals) + folder.resolve(args[i].substring(equals))
                    : args[i];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.standard().run(resolved, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String prefix = folder.toString() + File.separator;
        return new Result(code, out.toString(StandardCharsets.UTF_8).replace(prefix, ""),
                err.toString(StandardCharsets.UTF_8).replace(prefix, ""));
    }
}
