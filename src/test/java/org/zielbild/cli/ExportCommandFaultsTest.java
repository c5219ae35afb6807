package org.zielbild.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.zielbild.cli.ExportCommandTest.folderOf;
import static org.zielbild.cli.ExportCommandTest.run;
import static org.zielbild.cli.ExportCommandTest.stored;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zielbild.cli.ExportCommandTest.Run;
import org.zielbild.domain.Language;
import org.zielbild.testing.MinutesSample;
import org.zielbild.testing.SpecialFiles;

/**
 * {@code export} reads a session folder: a pipe or a device given as the folder, or standing in
 * for its files, ends at once with exit code 1 and one line (issue 17, case 10), never a hang.
 */
class ExportCommandFaultsTest {

    private static final Duration AT_ONCE = Duration.ofSeconds(20);

    @TempDir
    Path home;

    @Test
    void aPipeOrDeviceGivenAsTheFolderIsNamed() throws Exception {
        Path fifo = SpecialFiles.fifo(home, "session-fifo");
        oneLine(export(fifo), fifo + " is a named pipe (FIFO), not a session folder");
        Path zero = SpecialFiles.devZeroLink(home, "session-zero");
        oneLine(export(zero), zero + " is a device, not a session folder");
        Path file = Files.writeString(home.resolve("session.json"), "{}");
        oneLine(export(file), file + " is a file, not a session folder");
    }

    @Test
    void aPipeInPlaceOfTheSnapshotIsRefusedAtOnce() throws Exception {
        Path folder = storedFolder();
        Files.delete(folder.resolve("session.json"));
        SpecialFiles.fifo(folder, "session.json");
        oneLine(export(folder), "session.json: it is not an ordinary file but a named pipe (FIFO)");
    }

    @Test
    void devZeroInPlaceOfTheSnapshotIsRefusedAtOnce() throws Exception {
        Path folder = storedFolder();
        Files.delete(folder.resolve("session.json"));
        SpecialFiles.devZeroLink(folder, "session.json");
        oneLine(export(folder), "session.json: it is not an ordinary file but a device");
    }

    @Test
    void aPipeOrDeviceInPlaceOfTheJournalIsRefusedAtOnce() throws Exception {
        Path folder = storedFolder();
        Files.deleteIfExists(folder.resolve("journal.jsonl"));
        SpecialFiles.fifo(folder, "journal.jsonl");
        oneLine(export(folder), "journal.jsonl: it is not an ordinary file but a named pipe (FIFO)");
        Files.delete(folder.resolve("journal.jsonl"));
        SpecialFiles.devZeroLink(folder, "journal.jsonl");
        oneLine(export(folder), "journal.jsonl: it is not an ordinary file but a device");
    }

    @Test
    void anOutputPipeOrDeviceIsRefusedAndLeftAsItWas() throws Exception {
        Path folder = storedFolder();
        Path pipe = SpecialFiles.fifo(home, "pipe.md");
        Run r = exportTo(folder, "md", pipe);
        refusedOut(r, "Could not write " + pipe + ": it is a named pipe (FIFO), not a file. Choose an ordinary file.");
        assertThat(Files.isRegularFile(pipe)).isFalse();
        assumeTrue(Files.exists(Path.of("/dev/full")), "no /dev/full here");
        Path full = Files.createSymbolicLink(home.resolve("full.pdf"), Path.of("/dev/full"));
        refusedOut(exportTo(folder, "pdf", full), "Could not write " + full
                + ": it is a device (such as /dev/full), not a file. Choose an ordinary file.");
        assertThat(Files.isSymbolicLink(full)).isTrue();
    }

    @Test
    void aMissingBlockedOrMisnamedOutputIsSaid() throws Exception {
        Path folder = storedFolder();
        Path gone = home.resolve("unplugged").resolve("minutes.html");
        refusedOut(exportTo(folder, "html", gone), "Could not write " + gone + ": the folder does not exist.");
        Path file = Files.writeString(home.resolve("tables.txt"), "x");
        refusedOut(exportTo(folder, "csv", file), "Could not write " + file
                + ": a folder of that name is in the way (or a file where a folder is needed).");
        assertThat(file).hasContent("x");
        Path dir = Files.createDirectory(home.resolve("archive.json"));
        refusedOut(exportTo(folder, "json", dir), "Could not write " + dir + ": it is a folder. Choose a file name.");
    }

    private Run exportTo(Path folder, String format, Path out) {
        return assertTimeoutPreemptively(AT_ONCE, () -> run("export", "--format", format, "--out", out.toString(),
                folder.toString()));
    }

    private static void refusedOut(Run r, String line) {
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("zielbild export: " + line + System.lineSeparator());
    }

    private Path storedFolder() throws Exception {
        stored(home, MinutesSample.build(Language.EN)).close();
        return folderOf(home);
    }

    private Run export(Path folder) {
        return assertTimeoutPreemptively(AT_ONCE, () -> run("export", "--format", "md", "--out",
                home.resolve("minutes.md").toString(), folder.toString()));
    }

    private void oneLine(Run r, String part) {
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("zielbild export: ").contains(part).endsWith("\n");
        assertThat(r.err().strip()).doesNotContain("\n");
        assertThat(home.resolve("minutes.md")).doesNotExist();
    }
}
