package org.zielbild.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.zielbild.domain.Session;
import org.zielbild.export.ExportException;
import org.zielbild.export.ExportTargets;
import org.zielbild.export.MinutesExport;
import org.zielbild.export.MinutesRequest;
import org.zielbild.export.sections.TableOptions;
import org.zielbild.session.SessionUnavailableException;
import org.zielbild.store.WorkspaceSessionLibrary;

/**
 * {@code zielbild export}: the minutes of a session folder as PDF, HTML, Markdown, CSV tables or the
 * JSON archive, through the same code as the app's export dialog (without board pictures). The
 * folder is read without taking its lock, so the session may be open in the app meanwhile. Exit
 * codes as {@code assign}: 0 done, 1 unreadable session or unwritable output, 2 wrong command line.
 */
public final class ExportCommand implements Command {

    static final String USAGE = """
            Usage: zielbild export --format pdf|html|md|csv|json --out PATH SESSION_FOLDER
              --format F        pdf, html, md (Markdown): the minutes document
                                csv: one table per file (notes, moods, ...) into the folder PATH
                                json: the whole session, to import again (no undo history)
              --out PATH        the file to write (for csv: a folder, made if needed)
              --include-ranks   csv only: each person's rank of their coach (secret; off by default)
            SESSION_FOLDER is a session's folder, e.g. ~/.local/share/zielbildstudio/sessions/<name>.
            It is read without its lock: the session may be open in the app. Files are written
            whole or not at all. Exit codes: 0 done, 1 unreadable session or unwritable output,
            2 wrong command line.
            """;

    private final Clock clock;

    public ExportCommand() {
        this(Clock.systemDefaultZone());
    }

    ExportCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "the minutes of a session folder as PDF, HTML, Markdown, CSV tables or JSON";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.contains("--help") || args.contains("-h")) {
            out.print(USAGE);
            return 0;
        }
        CliTexts texts = new CliTexts();
        try {
            ExportOptions options = ExportOptions.parse(args);
            ExportTargets.standard().check(options.out(), options.format().folder()); // before reading the session
            WorkspaceSessionLibrary store = library(options.sessionFolder());
            Session session = read(store, options.sessionFolder(), texts);
            MinutesExport export = MinutesExport.standard((s, file) -> archive(store, s, file));
            MinutesRequest request = MinutesRequest.all(session, clock.getZone(), clock.instant())
                    .withTables(new TableOptions(options.includeRanks()));
            List<Path> written = export.write(options.format(), request, options.out());
            out.println(summary(options, written));
            return 0;
        } catch (CommandFailure failure) {
            err.println("zielbild export: " + failure.getMessage()
                    + (failure.exitCode() == CommandFailure.USAGE ? " (see 'zielbild export --help')" : ""));
            return failure.exitCode();
        } catch (ExportException e) {
            err.println("zielbild export: " + texts.text(e.userMessage()));
            return CommandFailure.BAD_INPUT;
        }
    }

    /** The store, used only to read the folder and to write the JSON archive (no workspace is listed). */
    private static WorkspaceSessionLibrary library(Path folder) {
        Path parent = folder.toAbsolutePath().normalize().getParent();
        Path base = parent == null ? folder.toAbsolutePath() : parent;
        return new WorkspaceSessionLibrary(base, Path.of(System.getProperty("java.io.tmpdir")), Clock.systemUTC());
    }

    private static Session read(WorkspaceSessionLibrary store, Path folder, CliTexts texts) throws CommandFailure {
        SessionFolderKind.requireFolder(folder);
        try {
            return store.readFolder(folder);
        } catch (SessionUnavailableException e) {
            StringBuilder line = new StringBuilder(texts.text(e.userMessage()));
            if (e instanceof org.zielbild.session.SessionDamagedException d) {
                d.problems().forEach(p -> line.append(' ').append(texts.text(p)));
            }
            throw CommandFailure.badInput(line.toString());
        }
    }

    private static void archive(WorkspaceSessionLibrary store, Session session, Path file) throws ExportException {
        try {
            store.exportSession(session, file);
        } catch (SessionUnavailableException e) {
            throw new ExportException(e.userMessage(), e);
        }
    }

    private static String summary(ExportOptions options, List<Path> written) {
        if (options.format().folder()) {
            return written.isEmpty() ? "No tables: the session has no notes or moods yet (" + options.out() + " is empty)"
                    : "Wrote " + written.size() + (written.size() == 1 ? " table" : " tables") + " to " + options.out() + ": "
                    + String.join(", ", written.stream().map(p -> p.getFileName().toString()).toList());
        }
        return "Wrote " + options.out() + " (" + size(options.out()) + ")";
    }

    private static String size(Path file) {
        try {
            long bytes = Files.size(file);
            return bytes < 10_000 ? bytes + " bytes" : (bytes + 512) / 1024 + " KB";
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
