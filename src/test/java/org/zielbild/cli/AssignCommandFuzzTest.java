package org.zielbild.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Whatever lands in the files, the command answers with a result or one line, never a crash (exit 70). */
class AssignCommandFuzzTest {

    private static final String[] PIECES = {
        ",", ",", ";", "\"", "\n", "\r\n", "\n", "A", "B", "Ä", "ß", "1", "2", "-1", "x", " ", "\uFEFF",
        "coach", "capacity", "participant", "choice1", "choice2", "A,", "B,", "1\n", "P1,", "P2,", "\"A, B\""};

    @TempDir
    Path folder;

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void neverCrashes(long seed) {
        Random random = new Random(seed);
        CliRun cli = new CliRun(folder);
        cli.file("coaches.csv", "coach,capacity\n" + noise(random));
        cli.file("ballots.csv", (random.nextBoolean() ? "participant,choice1,choice2\n" : "") + noise(random));
        cli.file("locks.csv", "participant,coach\n" + noise(random));
        CliRun.Result result = cli.run("assign", "--coaches", "coaches.csv", "--ballots", "ballots.csv",
                "--locks", "locks.csv", "--policy", random.nextBoolean() ? "fair" : "sum");
        String context = "seed " + seed + ": " + result;
        assertThat(result.exitCode()).as(context).isIn(0, 1);
        assertThat(result.err().lines().count()).as(context).isEqualTo(1);
        if (result.exitCode() == 1) {
            assertThat(result.err()).as(context).startsWith("zielbild assign: ");
        }
    }

    private static String noise(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(40); i > 0; i--) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }
}
