package org.zielbild.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad input ends with exit code 1 and one line naming the file and line, participant or coach. */
class AssignCommandBadInputTest {

    private static final String COACHES = "coach,capacity\nAnna,2\nBen,1\n";
    private static final String BALLOTS = "participant,choice1,choice2\nP1,Anna,Ben\nP2,Ben\n";

    @TempDir
    Path folder;

    /** Files (null content: the file is not created) and the one line expected on stderr. */
    static Stream<Arguments> cases() {
        return Stream.of(
                badCase("total capacity below the number of participants",
                        "coach,capacity\nAnna,1\nBen,1\n", "participant,choice1\nP1,Anna\nP2,Anna\nP3,Ben\n", Map.of(),
                        "the coaches have 2 places in total but there are 3 participants; raise a capacity or add a coach"),
                badCase("unknown coach in a ballot", COACHES, "participant,choice1,choice2\nP1,Anna,Ben\nP2,Zoe\n", Map.of(),
                        "ballots.csv, line 3: participant \"P2\" ranks unknown coach \"Zoe\""),
                badCase("unknown coach that differs only in case", COACHES, "participant,choice1\nP1,anna\n", Map.of(),
                        "ballots.csv, line 2: participant \"P1\" ranks unknown coach \"anna\" (did you mean \"Anna\"?)"),
                badCase("coach listed twice in one ballot", COACHES, "participant,choice1,choice2\nP1,Anna,Anna\n", Map.of(),
                        "ballots.csv, line 2: participant \"P1\" ranks coach \"Anna\" twice (choices 1 and 2)"),
                badCase("participant listed twice", COACHES, "participant,choice1\nP1,Anna\nP2,Ben\nP1,Ben\n", Map.of(),
                        "ballots.csv, line 4: participant \"P1\" is listed twice"),
                badCase("more locks than places", COACHES, BALLOTS, Map.of("locks.csv", "participant,coach\nP1,Ben\nP2,Ben\n"),
                        "locks.csv, line 3: participant \"P2\" is locked to coach \"Ben\", but more participants are"
                                + " locked to \"Ben\" than their capacity of 1"),
                badCase("lock on a forbidden pair", COACHES, BALLOTS, Map.of(
                                "locks.csv", "participant,coach\nP1,Anna\n", "forbidden.csv", "participant,coach\nP1,Anna\n"),
                        "locks.csv, line 2: participant \"P1\" is locked to coach \"Anna\", but that pair is forbidden"),
                badCase("lock for someone without a ballot", COACHES, BALLOTS, Map.of("locks.csv", "participant,coach\nP9,Anna\n"),
                        "locks.csv, line 2: unknown participant \"P9\" (no ballot)"),
                badCase("forbidden pairs that leave too few places", COACHES, "participant,choice1\nP1,Anna\nP2,Anna\nP3,Anna\n",
                        Map.of("forbidden.csv", "participant,coach\nP1,Anna\nP2,Anna\n"),
                        "cannot place everyone: 2 participants (\"P1\", \"P2\") can only go to coach \"Ben\", which has"
                                + " 1 free place left after locks; check the forbidden pairs and locks"),
                badCase("negative capacity", "coach,capacity\nAnna,2\nBen,-1\n", BALLOTS, Map.of(),
                        "coaches.csv, line 3: coach \"Ben\" has a negative capacity (-1)"),
                badCase("non-numeric capacity", "coach,capacity\nAnna,2\nBen,drei\n", BALLOTS, Map.of(),
                        "coaches.csv, line 3: the capacity of coach \"Ben\" is \"drei\", not a whole number"),
                badCase("fractional capacity", "coach,capacity\nAnna,2.5\n", BALLOTS, Map.of(),
                        "coaches.csv, line 2: the capacity of coach \"Anna\" is \"2.5\", not a whole number"),
                badCase("missing capacity", "coach,capacity\nAnna\n", BALLOTS, Map.of(),
                        "coaches.csv, line 2: coach \"Anna\" has no capacity"),
                badCase("huge capacity", "coach,capacity\nAnna,99999999999\n", BALLOTS, Map.of(),
                        "coaches.csv, line 2: the capacity of coach \"Anna\" (99999999999) is too large"),
                badCase("coach listed twice", "coach,capacity\nAnna,2\nAnna,1\n", BALLOTS, Map.of(),
                        "coaches.csv, line 3: coach \"Anna\" is listed twice"),
                badCase("empty coaches file", "", BALLOTS, Map.of(), "coaches.csv is empty"),
                badCase("ballots file with only a byte-order mark and blank lines", COACHES, "\uFEFF\n  \n", Map.of(),
                        "ballots.csv is empty"),
                badCase("coaches file with only separators, as Excel saves an empty sheet", ";;\r\n;;\r\n", BALLOTS,
                        Map.of(), "coaches.csv is empty"),
                badCase("ballots file with only a header", COACHES, "participant,choice1\n", Map.of(),
                        "ballots.csv lists no ballots, only a header"),
                badCase("coaches file with only a header", "coach,capacity\n", BALLOTS, Map.of(),
                        "coaches.csv lists no coaches, only a header"),
                badCase("missing file", null, BALLOTS, Map.of(), "cannot read coaches.csv: no such file or folder"),
                badCase("wrong coaches header", "name,places\nAnna,2\n", BALLOTS, Map.of(),
                        "coaches.csv: the header must name the columns coach and capacity (found: name,places)"),
                badCase("wrong ballots header", COACHES, "name,first\nP1,Anna\n", Map.of(),
                        "ballots.csv: the header must be participant,choice1,choice2,... (found: name,first)"),
                badCase("unclosed quote", COACHES, "participant,choice1\nP1,Anna\n\"P2,Ben\n", Map.of(),
                        "ballots.csv, line 3: a quoted field is never closed (a \" is missing)"),
                badCase("unquoted comma in a name", COACHES, "participant,choice1,choice2\nMüller, Jörg,Anna,Ben\n", Map.of(),
                        "ballots.csv, line 2: more fields than the header has (put names that contain a comma or"
                                + " semicolon in double quotes)"),
                badCase("gap between choices", COACHES, "participant,choice1,choice2\nP1,,Ben\n", Map.of(),
                        "ballots.csv, line 2: participant \"P1\" has an empty choice 1 before a later one; close the gap"),
                badCase("line numbers count blank lines and line breaks inside quotes", COACHES,
                        "participant,choice1\n\n\"P\n1\",Anna\nP2,Zoe\n", Map.of(),
                        "ballots.csv, line 5: participant \"P2\" ranks unknown coach \"Zoe\""));
    }

    private static Arguments badCase(String name, String coaches, String ballots, Map<String, String> more, String message) {
        return Arguments.of(name, coaches, ballots, more, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusesWithOneLineAndExitCode1(String name, String coaches, String ballots, Map<String, String> more,
                                        String message) {
        CliRun cli = new CliRun(folder);
        if (coaches != null) {
            cli.file("coaches.csv", coaches);
        }
        cli.file("ballots.csv", ballots);
        List<String> args = new ArrayList<>(List.of("assign", "--coaches", "coaches.csv", "--ballots", "ballots.csv"));
        more.forEach((file, content) -> {
            cli.file(file, content);
            args.add(file.equals("locks.csv") ? "--locks" : "--forbidden");
            args.add(file);
        });
        CliRun.Result result = cli.run(args.toArray(String[]::new));
        assertThat(result.err()).isEqualTo("zielbild assign: " + message + System.lineSeparator());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("usageCases")
    void wrongCommandLineEndsWithExitCode2(String name, List<String> args, String message) {
        CliRun cli = new CliRun(folder);
        cli.file("coaches.csv", COACHES);
        cli.file("ballots.csv", BALLOTS);
        CliRun.Result result = cli.run(args.toArray(String[]::new));
        assertThat(result.err()).isEqualTo("zielbild assign: " + message + " (see 'zielbild assign --help')"
                + System.lineSeparator());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
    }

    @Test
    void unwritableOutFileEndsWithExitCode1() {
        CliRun cli = new CliRun(folder);
        cli.file("coaches.csv", COACHES);
        cli.file("ballots.csv", BALLOTS);
        CliRun.Result result = cli.run("assign", "--coaches", "coaches.csv", "--ballots", "ballots.csv",
                "--out", "no-such-folder/assignment.csv");
        assertThat(result.err()).isEqualTo("zielbild assign: Could not write no-such-folder/assignment.csv:"
                .replace("/", File.separator) + " the folder does not exist." + System.lineSeparator());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
    }

    static Stream<Arguments> usageCases() {
        return Stream.of(
                Arguments.of("no options", List.of("assign"), "missing --coaches <file>"),
                Arguments.of("no ballots", List.of("assign", "--coaches", "coaches.csv"), "missing --ballots <file>"),
                Arguments.of("misspelt option", List.of("assign", "--coaches", "coaches.csv", "--ballots", "ballots.csv",
                        "--polcy", "fair"), "unknown option '--polcy'"),
                Arguments.of("unknown policy", List.of("assign", "--coaches", "coaches.csv", "--ballots", "ballots.csv",
                        "--policy", "best"), "unknown policy 'best'; use rank-maximal, fair or sum"),
                Arguments.of("seed that is not a number", List.of("assign", "--coaches", "coaches.csv", "--ballots",
                        "ballots.csv", "--seed", "abc"), "--seed must be a whole number, not 'abc'"),
                Arguments.of("option without value", List.of("assign", "--ballots", "ballots.csv", "--coaches"),
                        "option --coaches needs a value"),
                Arguments.of("option followed by another option", List.of("assign", "--coaches", "--ballots", "ballots.csv"),
                        "option --coaches needs a value"),
                Arguments.of("option given twice", List.of("assign", "--coaches", "coaches.csv", "--coaches=coaches.csv",
                        "--ballots", "ballots.csv"), "option --coaches is given twice"),
                Arguments.of("stray argument", List.of("assign", "coaches.csv"), "unexpected argument 'coaches.csv'"));
    }
}
