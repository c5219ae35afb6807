package org.zielbild.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zielbild.cli.ExportCommandTest.folderOf;
import static org.zielbild.cli.ExportCommandTest.stored;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zielbild.Launcher;
import org.zielbild.domain.Language;
import org.zielbild.testing.MinutesSample;
import org.zielbild.testing.SpecialFiles;

/**
 * The real executable in a JVM of its own, as a user runs it (issue 17, case 10): a pipe or
 * {@code /dev/zero} ends the process at once with exit code 1 and exactly one line on stderr,
 * nothing on stdout: no stack trace, no hang, and no log lines from the store on the console.
 */
class CliProcessTest {

    /** Far above the second a refusal takes; a hang on a pipe would never end. */
    private static final long LIMIT_SECONDS = 60;

    @TempDir
    Path dir;

    record Ended(int code, String out, String err) {
    }

    @Test
    void assignRefusesANamedPipeAndEnds() throws Exception {
        Path coaches = SpecialFiles.fifo(dir, "coaches.csv");
        Path ballots = Files.writeString(dir.resolve("ballots.csv"), "participant,choice1\nP1,Anna\n");
        Ended ended = launch("assign", "--coaches", coaches.toString(), "--ballots", ballots.toString());
        assertOneLine(ended, "zielbild assign: " + coaches + ": it is a named pipe (FIFO), not a file");
    }

    @Test
    void assignRefusesDevZeroWithoutRunningOutOfMemory() throws Exception {
        Path coaches = Files.writeString(dir.resolve("coaches.csv"), "coach,capacity\nAnna,1\n");
        Path ballots = SpecialFiles.devZeroLink(dir, "ballots.csv");
        Ended ended = launch("assign", "--coaches", coaches.toString(), "--ballots", ballots.toString());
        assertOneLine(ended, "zielbild assign: " + ballots + ": it is a device (such as /dev/zero), not a file");
    }

    /** {@code zielbild assign ... > /dev/full}: a PrintStream would swallow the error and exit 0. */
    @Test
    void assignIntoAFullStandardOutputSaysSoAndFails() throws Exception {
        File full = new File("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(full.exists(), "no /dev/full here");
        Path coaches = Files.writeString(dir.resolve("coaches.csv"), "coach,capacity\nAnna,1\n");
        Path ballots = Files.writeString(dir.resolve("ballots.csv"), "participant,choice1\nP1,Anna\n");
        Ended ended = launch(ProcessBuilder.Redirect.to(full), "assign", "--coaches", coaches.toString(),
                "--ballots", ballots.toString());
        assertThat(ended.code()).isEqualTo(1);
        assertThat(ended.err().strip()).isEqualTo("zielbild assign: could not write the assignment to standard output"
                + " (a full disk or a closed pipe?)");
    }

    @Test
    void exportOfAFolderWithAPipeSaysOneLineAndLogsNothingOnTheConsole() throws Exception {
        stored(dir, MinutesSample.build(Language.EN)).close();
        Path folder = folderOf(dir);
        Files.delete(folder.resolve("session.json"));
        SpecialFiles.fifo(folder, "session.json");
        Ended ended = launch("export", "--format", "md", "--out", dir.resolve("m.md").toString(), folder.toString());
        assertThat(ended.err()).contains("session.json: it is not an ordinary file but a named pipe (FIFO)");
        assertOneLine(ended, ended.err().strip());
    }

    private static void assertOneLine(Ended ended, String line) {
        assertThat(ended.err().strip()).as("stderr").isEqualTo(line).doesNotContain("\n", "Exception", "\tat ");
        assertThat(ended.out()).as("stdout").isEmpty();
        assertThat(ended.code()).isEqualTo(1);
    }

    /** Runs {@link Launcher} with {@code args}; fails if it does not end within the limit. */
    private Ended launch(String... args) throws Exception {
        return launch(null, args);
    }

    /** As {@link #launch(String...)}, with standard output going to {@code stdout} (null: a file read back). */
    private Ended launch(ProcessBuilder.Redirect stdout, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", cp.replace(File.pathSeparatorChar == ';' ? ":" : ";",
                File.pathSeparator), "-Xmx128m", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true",
                Launcher.class.getName()));
        cmd.addAll(List.of(args));
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Process process = new ProcessBuilder(cmd).redirectOutput(stdout == null ? ProcessBuilder.Redirect.to(out.toFile())
                        : stdout).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        boolean ended = process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        assertThat(ended).as("the command ended within %d s", LIMIT_SECONDS).isTrue();
        return new Ended(process.exitValue(), stdout == null ? Files.readString(out, StandardCharsets.UTF_8) : "",
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
