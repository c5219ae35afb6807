package org.zielbild.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zielbild.cli.ExportCommandTest.folderOf;
import static org.zielbild.cli.ExportCommandTest.run;
import static org.zielbild.cli.ExportCommandTest.stored;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zielbild.cli.ExportCommandTest.Run;
import org.zielbild.domain.Language;
import org.zielbild.testing.MinutesSample;
import org.zielbild.testing.Sessions;

/** Bad input ends with one line on stderr and exit code 1 (data) or 2 (command line), and leaves no half file. */
class ExportCommandBadInputTest {

    @TempDir
    Path home;

    private static void oneLine(Run r, int code, String... parts) {
        assertThat(r.code()).as(r.err()).isEqualTo(code);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("zielbild export: ").endsWith("\n").contains(parts);
        assertThat(r.err().strip()).doesNotContain("\n");
    }

    @Test
    void aDamagedFolderIsRefusedWithItsReason() throws Exception {
        stored(home, MinutesSample.build(Language.EN)).close();
        Path folder = folderOf(home);
        Files.writeString(folder.resolve("session.json"), "{ not json", StandardCharsets.UTF_8);
        Path out = home.resolve("m.pdf");
        oneLine(run("export", "--format", "pdf", "--out", out.toString(), folder.toString()), 1,
                "could not be opened because some of its files are damaged", "session.json");
        assertThat(out).doesNotExist();
    }

    @Test
    void aFolderThatIsNoSessionOrIsMissingIsNamed() throws Exception {
        Path plain = Files.createDirectories(home.resolve("holiday-photos"));
        oneLine(run("export", "--format", "md", "--out", home.resolve("m.md").toString(), plain.toString()), 1,
                "does not contain a Zielbild session");
        oneLine(run("export", "--format", "md", "--out", home.resolve("m.md").toString(), home.resolve("nowhere").toString()),
                1, "nowhere");
    }

    @Test
    void anOutputThatCannotBeWrittenLeavesNothingBehind() throws Exception {
        stored(home, Sessions.empty()).close();
        Path folder = folderOf(home);
        oneLine(run("export", "--format", "html", "--out", home.resolve("no/such/dir/m.html").toString(), folder.toString()),
                1, "Could not write", "the folder does not exist");
        Path taken = Files.createDirectories(home.resolve("taken.pdf"));
        oneLine(run("export", "--format", "pdf", "--out", taken.toString(), folder.toString()), 1,
                "it is a folder. Choose a file name.");
        Files.writeString(home.resolve("file"), "x");
        oneLine(run("export", "--format", "csv", "--out", home.resolve("file").toString(), folder.toString()), 1,
                "Could not write");
        try (var left = Files.walk(home)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void anEmptySessionGivesAShortDocument() throws Exception {
        stored(home, Sessions.empty()).close();
        Run r = run("export", "--format", "md", "--out", home.resolve("m.md").toString(), folderOf(home).toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(home.resolve("m.md"))).startsWith("# Empty").contains("Nothing has been recorded");
    }

    @Test
    void aWrongCommandLineIsExitCodeTwo() {
        oneLine(run("export", "--out", "x.pdf", "folder"), 2, "missing --format", "see 'zielbild export --help'");
        oneLine(run("export", "--format", "docx", "--out", "x", "folder"), 2, "unknown format 'docx'");
        oneLine(run("export", "--format", "pdf", "folder"), 2, "missing --out <file>");
        oneLine(run("export", "--format", "csv", "folder"), 2, "missing --out <folder>");
        oneLine(run("export", "--format", "pdf", "--out", "x.pdf"), 2, "missing the session folder");
        oneLine(run("export", "--format", "pdf", "--out", "x.pdf", "a", "b"), 2, "one session folder");
        oneLine(run("export", "--format", "pdf", "--out", "x.pdf", "--include-ranks", "a"), 2, "csv only");
        oneLine(run("export", "--format", "pdf", "--format", "md", "--out", "x", "a"), 2, "given twice");
        oneLine(run("export", "--colour", "red"), 2, "unknown option '--colour'");
    }
}
