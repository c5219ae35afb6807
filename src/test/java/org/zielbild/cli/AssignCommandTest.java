package org.zielbild.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code zielbild assign} on good input: what spreadsheets export, in and out. */
class AssignCommandTest {

    private static final String COACHES = """
            coach,capacity,email
            "Müller, Jörg",1,jm@example.org
             Åsa Öberg,2,
            Zoë,1
            """;

    private static final String BALLOTS = """
            participant,choice1,choice2,choice3
            "Weiß, Günther","Müller, Jörg",Zoë,
            Anaïs,"Müller, Jörg",,
            Straße 5,Zoë,"Müller, Jörg",Åsa Öberg
            """;

    @TempDir
    Path folder;
    CliRun cli;

    @BeforeEach
    void setUp() {
        cli = new CliRun(folder);
    }

    @Test
    void quotedNamesWithCommasAndUmlautsGoThroughToStandardOutput() {
        cli.file("coaches.csv", COACHES);
        cli.file("ballots.csv", BALLOTS);
        CliRun.Result result = cli.run("assign", "--coaches", "coaches.csv", "--ballots", "ballots.csv");
        assertThat(result.exitCode()).isZero();
        // Jörg has one place and two first choices; Anaïs ranked only him, so Günther takes Zoë
        // (2nd) and Straße 5 moves on to Åsa (3rd) rather than leaving Anaïs unranked.
        assertThat(result.out()).isEqualTo("""
                participant,coach,rank
                "Weiß, Günther",Zoë,2
                Anaïs,"Müller, Jörg",1
                Straße 5,Åsa Öberg,3
                """);
        assertThat(result.err()).isEqualTo(
                "Assigned 3 participants to 3 coaches (policy rank-maximal, seed 0): 1st choice 1, 2nd choice 1,"
                        + " 3rd choice 1, unranked 0" + System.lineSeparator());
    }

    @Test
    void outFileGetsTheCsvAndStandardOutputTheSummary() {
        cli.file("coaches.csv", COACHES);
        cli.file("ballots.csv", BALLOTS);
        CliRun.Result result = cli.run("assign", "--coaches", "coaches.csv", "--ballots", "ballots.csv",
                "--policy", "sum", "--seed", "17", "--out", "assignment.csv");
        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).startsWith("Assigned 3 participants to 3 coaches (policy sum, seed 17): ");
        assertThat(cli.read("assignment.csv")).startsWith("participant,coach,rank\n").contains("Anaïs,\"Müller, Jörg\",1\n");
    }

    @Test
    void germanExcelFilesWithBomSemicolonsAndWindows1252AreRead() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] coaches = "coach;capacity\r\nJörg;1\r\n\"Ann;a\";1\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + coaches.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(coaches, 0, withBom, bom.length, coaches.length);
        cli.file("coaches.csv", withBom);
        cli.file("ballots.csv", "participant;choice1;choice2\r\nGrüße;Jörg;Ann;a\r\n;;\r\nBjörn;Jörg\r\n"
                .replace("Ann;a", "\"Ann;a\"").getBytes(Charset.forName("windows-1252")));
        CliRun.Result result = cli.run("assign", "--coaches", "coaches.csv", "--ballots", "ballots.csv");
        assertThat(result.err()).contains("1st choice 1, 2nd choice 1, unranked 0");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Grüße,").contains("Björn,").contains(",Ann;a,");
    }

    @Test
    void locksAndForbiddenPairsAreHonoured() {
        cli.file("coaches.csv", "coach,capacity\nA,1\nB,1\nC,1\n");
        cli.file("ballots.csv", "participant,choice1\nP1,A\nP2,A\nP3,A\n");
        cli.file("locks.csv", "participant,coach\nP3,A\n");
        cli.file("forbidden.csv", "participant,coach\nP1,B\n");
        CliRun.Result result = cli.run("assign", "--coaches", "coaches.csv", "--ballots", "ballots.csv",
                "--locks", "locks.csv", "--forbidden", "forbidden.csv", "--policy", "fair");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("participant,coach,rank\nP1,C,\nP2,B,\nP3,A,1\n");
    }

    @Test
    void helpIsPrintedAndTheCommandIsListed() {
        CliRun.Result help = cli.run("assign", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).startsWith("Usage: zielbild assign --coaches").contains("--locks FILE");
        assertThat(cli.run("--help").out()).contains("assign ");
    }
}
