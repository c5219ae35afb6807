package org.zielbild.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zielbild.testing.SpecialFiles;

/**
 * {@code assign} under the faults a hostile tester found (issue 17, case 10) and with files as people
 * save them (case 9): a pipe, a device, a folder, a huge or binary file end at once with exit code 1
 * and one line naming the file and the reason or the limit; Excel's "Unicode Text" and a Mac's CSV work.
 */
class AssignCommandFaultsTest {

    private static final Duration AT_ONCE = Duration.ofSeconds(20);
    private static final String COACHES = "coach,capacity\nAnna,2\nBen,1\n";
    private static final String BALLOTS = "participant,choice1,choice2\nP1,Anna,Ben\nP2,Ben\n";

    @TempDir
    Path folder;

    @Test
    void aNamedPipeIsRefusedAtOnceInsteadOfHanging() throws Exception {
        SpecialFiles.fifo(folder, "coaches.csv");
        refused("zielbild assign: coaches.csv: it is a named pipe (FIFO), not a file");
    }

    @Test
    void devZeroIsRefusedAtOnceInsteadOfRunningOutOfMemory() throws Exception {
        cli().file("coaches.csv", COACHES);
        SpecialFiles.devZeroLink(folder, "ballots.csv");
        refused("zielbild assign: ballots.csv: it is a device (such as /dev/zero), not a file");
    }

    @Test
    void aFolderIsRefused() throws Exception {
        Files.createDirectory(folder.resolve("coaches.csv"));
        refused("zielbild assign: coaches.csv: it is a folder, not a file");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedSayingTheLimit() throws Exception {
        cli().file("coaches.csv", COACHES);
        SpecialFiles.sparse(folder, "ballots.csv", 3L << 30);
        refused("zielbild assign: ballots.csv: it is 3,072 MB; at most 5 MB can be read");
    }

    /** The hostile tester's 134,000 rows took 8 minutes and 620 MB. */
    @Test
    void moreRowsThanTheLimitAreRefusedSayingTheLimit() throws Exception {
        cli().file("coaches.csv", "coach,capacity\nAnna,70000\nBen,70000\n");
        StringBuilder ballots = new StringBuilder("participant,choice1,choice2\n");
        for (int i = 0; i < 134_000; i++) {
            ballots.append('P').append(i).append(i % 2 == 0 ? ",Anna,Ben\n" : ",Ben,Anna\n");
        }
        cli().file("ballots.csv", ballots.toString());
        refused("zielbild assign: ballots.csv: it has 134,001 lines; at most 10,000 rows and a header can be read");
    }

    @Test
    void binaryAndEmptyFilesAreRefusedWithTheirReason() throws Exception {
        byte[] noise = new byte[2048];
        new Random(3).nextBytes(noise);
        noise[0] = 'c';
        cli().file("coaches.csv", noise);
        cli().file("ballots.csv", BALLOTS);
        refused("zielbild assign: coaches.csv: it holds binary data, not text");
        cli().file("coaches.csv", new byte[] {'P', 'K', 3, 4, 0, 0});
        refused("zielbild assign: coaches.csv: it is a workbook or document (such as .xlsx or .ods), not text;"
                + " save it as CSV first");
        cli().file("coaches.csv", new byte[0]);
        refused("zielbild assign: coaches.csv is empty");
    }

    @Test
    void excelUnicodeTextFilesAreReadAsTheTablesTheyAre() {
        CliRun cli = cli();
        cli.file("coaches.csv", utf16("coach\tcapacity\r\nJürgen\t2\r\nBen\t1\r\n"));
        cli.file("ballots.csv", utf16("participant\tchoice1\tchoice2\r\nZoë Weiß\tJürgen\tBen\r\nP2\tBen\r\n"));
        CliRun.Result result = cli.run("assign", "--coaches", "coaches.csv", "--ballots", "ballots.csv");
        assertThat(result.err()).startsWith("Assigned 2 participants to 2 coaches");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Zoë Weiß,Jürgen").contains("P2,Ben");
    }

    @Test
    void aMacCsvWithCarriageReturnsAndMacRomanUmlautsIsRead() {
        CliRun cli = cli();
        // Mac OS Roman: ü is 0x9F, ö is 0x9A; lines end in CR alone.
        byte[] coaches = "coach;capacity\rJ\u009Frgen;2\rBj\u009Arn;1\r".getBytes(StandardCharsets.ISO_8859_1);
        cli.file("coaches.csv", coaches);
        cli.file("ballots.csv", "participant,choice1\nP1,Jürgen\nP2,Björn\n".getBytes(Charset.forName("windows-1252")));
        CliRun.Result result = cli.run("assign", "--coaches", "coaches.csv", "--ballots", "ballots.csv");
        assertThat(result.err()).startsWith("Assigned 2 participants to 2 coaches");
        assertThat(result.out()).contains("P1,Jürgen").contains("P2,Björn");
    }

    @Test
    void anOutputPipeOrDeviceIsRefusedBeforeTheWork() throws Exception {
        cli().file("coaches.csv", COACHES);
        cli().file("ballots.csv", BALLOTS);
        Path pipe = SpecialFiles.fifo(folder, "out.csv");
        refusedOut("zielbild assign: Could not write out.csv: it is a named pipe (FIFO), not a file."
                + " Choose an ordinary file.");
        assertThat(Files.isRegularFile(pipe)).isFalse();
        Files.delete(pipe);
        assumeTrue(Files.exists(Path.of("/dev/full")), "no /dev/full here");
        Path full = Files.createSymbolicLink(folder.resolve("out.csv"), Path.of("/dev/full"));
        refusedOut("zielbild assign: Could not write out.csv: it is a device (such as /dev/full), not a file."
                + " Choose an ordinary file.");
        assertThat(Files.isSymbolicLink(full)).isTrue();
    }

    @Test
    void aMissingOrBlockedOutputFolderIsSaid() throws Exception {
        cli().file("coaches.csv", COACHES);
        cli().file("ballots.csv", BALLOTS);
        refusedOut("gone/out.csv", "zielbild assign: Could not write gone/out.csv: the folder does not exist.");
        assertThat(folder.resolve("gone")).doesNotExist();
        cli().file("blocked", "a file where a folder should be");
        refusedOut("blocked/out.csv", "zielbild assign: Could not write blocked/out.csv: a folder of that name"
                + " is in the way (or a file where a folder is needed).");
        Files.createDirectory(folder.resolve("out.csv"));
        refusedOut("zielbild assign: Could not write out.csv: it is a folder. Choose a file name.");
    }

    @Test
    void anExistingOutputIsReplacedWholeAndKeptWhenTheInputIsBad() throws Exception {
        CliRun cli = cli();
        cli.file("coaches.csv", COACHES);
        cli.file("ballots.csv", BALLOTS);
        cli.file("out.csv", "the previous assignment\n");
        CliRun.Result ok = cli.run("assign", "--coaches", "coaches.csv", "--ballots", "ballots.csv", "--out", "out.csv");
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(cli.read("out.csv")).startsWith("participant,coach").contains("P1,Anna");
        cli.file("out.csv", "the previous assignment\n");
        cli.file("ballots.csv", new byte[0]);
        assertThat(cli.run("assign", "--coaches", "coaches.csv", "--ballots", "ballots.csv", "--out", "out.csv")
                .exitCode()).isEqualTo(1);
        assertThat(cli.read("out.csv")).isEqualTo("the previous assignment\n");
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("ballots.csv", "coaches.csv", "out.csv");
        }
    }

    @Test
    void aFullStandardOutputIsNotTakenForSuccess() {
        CliRun cli = cli();
        Path coaches = cli.file("coaches.csv", COACHES);
        Path ballots = cli.file("ballots.csv", BALLOTS);
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.standard().run(new String[] {"assign", "--coaches", coaches.toString(), "--ballots",
                ballots.toString()}, new PrintStream(full, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("zielbild assign: could not write the assignment"
                + " to standard output (a full disk or a closed pipe?)" + System.lineSeparator());
    }

    private void refusedOut(String line) {
        refusedOut("out.csv", line);
    }

    private void refusedOut(String out, String line) {
        CliRun.Result result = assertTimeoutPreemptively(AT_ONCE, () -> cli().run("assign", "--coaches", "coaches.csv",
                "--ballots", "ballots.csv", "--out", folder.resolve(out).toString()));
        assertThat(result.err()).isEqualTo(line + System.lineSeparator());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
    }

    private void refused(String line) {
        CliRun.Result result = assertTimeoutPreemptively(AT_ONCE, () -> cli().run("assign", "--coaches", "coaches.csv",
                "--ballots", "ballots.csv"));
        assertThat(result.err()).isEqualTo(line + System.lineSeparator());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
    }

    private CliRun cli() {
        return new CliRun(folder);
    }

    private static byte[] utf16(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xFE);
        out.writeBytes(text.getBytes(StandardCharsets.UTF_16LE));
        return out.toByteArray();
    }
}
