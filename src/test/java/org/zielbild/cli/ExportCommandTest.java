package org.zielbild.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zielbild.domain.Language;
import org.zielbild.domain.Session;
import org.zielbild.domain.board.AddNote;
import org.zielbild.domain.board.Note;
import org.zielbild.export.MinutesExport;
import org.zielbild.export.MinutesRequest;
import org.zielbild.export.render.HtmlRenderer;
import org.zielbild.export.render.MarkdownRenderer;
import org.zielbild.session.OpenSession;
import org.zielbild.store.WorkspaceSessionLibrary;
import org.zielbild.testing.MinutesSample;

/** {@code zielbild export} on real session folders: every format, a session open in the app meanwhile. */
class ExportCommandTest {

    static final Clock CLOCK = Clock.fixed(MinutesSample.EXPORTED, MinutesSample.ZONE);

    @TempDir
    Path home;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(List.of(new ExportCommand(CLOCK))).run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The sample day stored as a session folder; the session stays open (locked) while {@code open} is. */
    static OpenSession stored(Path home, Session s) throws Exception {
        WorkspaceSessionLibrary library = new WorkspaceSessionLibrary(home.resolve("sessions"), home.resolve("rescue"), CLOCK);
        return library.create(s, Runnable::run);
    }

    static Path folderOf(Path home) throws Exception {
        try (var list = Files.list(home.resolve("sessions"))) {
            return list.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }

    @Test
    void markdownAndHtmlAreWhatTheAppWritesForTheSameSession() throws Exception {
        Session sample = MinutesSample.build(Language.EN);
        stored(home, sample).close();
        Path folder = folderOf(home);
        Run md = run("export", "--format", "md", "--out", home.resolve("m.md").toString(), folder.toString());
        assertThat(md.code()).as(md.err()).isZero();
        assertThat(md.out()).startsWith("Wrote ").contains("m.md");
        MinutesRequest same = MinutesRequest.all(sample, MinutesSample.ZONE, MinutesSample.EXPORTED);
        MinutesExport export = MinutesExport.standard((s, f) -> { });
        assertThat(Files.readString(home.resolve("m.md"))).isEqualTo(new MarkdownRenderer().render(export.minutes(same)));
        Run html = run("export", "--format=html", "--out=" + home.resolve("m.html"), folder.toString());
        assertThat(html.code()).as(html.err()).isZero();
        assertThat(Files.readString(home.resolve("m.html"))).isEqualTo(new HtmlRenderer().render(export.minutes(same)));
    }

    @Test
    void aSessionOpenInTheAppIsReadWithoutItsLockUpToItsLastChange() throws Exception {
        try (OpenSession open = stored(home, MinutesSample.build(Language.DE))) {
            Session s = open.service().session();
            open.service().apply(AddNote.onTop(new Note("n-late", "b-next", 0, "Nachzügler nach dem Speichern", "t1", "",
                    0, 0, null, null, MinutesSample.EXPORTED)));
            Path pdf = home.resolve("minutes.pdf");
            Run r = run("export", "--format", "pdf", "--out", pdf.toString(), folderOf(home).toString());
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.err()).isEmpty();
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                assertThat(new PDFTextStripper().getText(doc)).contains("Nachzügler nach dem Speichern",
                        s.info().title());
            }
            assertThat(open.service().session().boards().note("n-late")).isPresent(); // the app goes on as before
        }
    }

    @Test
    void csvGoesIntoAFolderAndJsonIsTheArchive() throws Exception {
        stored(home, MinutesSample.build(Language.EN)).close();
        Path folder = folderOf(home);
        Run csv = run("export", "--format", "csv", "--out", home.resolve("tables").toString(), folder.toString());
        assertThat(csv.code()).as(csv.err()).isZero();
        assertThat(csv.out()).contains("Wrote 8 tables", "moods.csv, notes.csv, statements.csv, target_rounds.csv, "
                + "coaches.csv, coach-questions.csv, coach-runs.csv, coach-assignment.csv");
        assertThat(home.resolve("tables/notes.csv")).exists();
        // The coach table: ranks are secret unless asked for.
        assertThat(Files.readString(home.resolve("tables/coach-assignment.csv"))).contains("\"participant\",\"coach\"\r\n")
                .doesNotContain("rank");
        Run ranked = run("export", "--format", "csv", "--include-ranks", "--out", home.resolve("ranked").toString(),
                folder.toString());
        assertThat(ranked.code()).as(ranked.err()).isZero();
        assertThat(Files.readString(home.resolve("ranked/coach-assignment.csv"))).contains("\"participant\",\"coach\",\"rank\"\r\n",
                "\"Dörte Schäfer\",\"Tobias Krämer\",\"2\"\r\n");
        Run json = run("export", "--format", "json", "--out", home.resolve("day.json").toString(), folder.toString());
        assertThat(json.code()).as(json.err()).isZero();
        assertThat(Files.readString(home.resolve("day.json"))).contains("\"format\" : \"zielbild-session\"")
                .doesNotContain("\"history\"");
    }

    @Test
    void theHelpListsTheFormats() {
        Run r = run("export", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("--format pdf|html|md|csv|json", "--include-ranks", "without its lock");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(Cli.standard().run(new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("export ", "assign ");
    }
}
