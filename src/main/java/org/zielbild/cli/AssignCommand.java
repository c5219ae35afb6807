package org.zielbild.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.zielbild.assign.Assignment;
import org.zielbild.assign.AssignmentEngine;
import org.zielbild.assign.AssignmentException;

/**
 * {@code zielbild assign}: reads coaches and ballots from CSV, computes the optimal assignment and
 * writes it as CSV. Exit codes: 0 done, 1 bad input data or no possible assignment, 2 wrong
 * command line. See docs/assign.md.
 */
public final class AssignCommand implements Command {

    static final String USAGE = """
            Usage: zielbild assign --coaches coaches.csv --ballots ballots.csv [options]
              --coaches FILE     CSV with the columns coach,capacity
              --ballots FILE     CSV with the columns participant,choice1,choice2,...
              --policy POLICY    rank-maximal (default): most 1st choices, then most 2nd, ...
                                 fair: fewest at the worst rank used, then the next worst, ...
                                 sum: smallest sum of ranks, ties broken rank-maximal
              --seed N           decides between equally good assignments (default 0)
              --out FILE         write the assignment here instead of to standard output
              --locks FILE       CSV participant,coach: placements fixed by the facilitator
              --forbidden FILE   CSV participant,coach: pairs that must not happen
            Before any policy, as few participants as possible get a coach they did not rank.
            Exit codes: 0 done, 1 bad input data, 2 wrong command line.
            """;

    @Override
    public String name() {
        return "assign";
    }

    @Override
    public String summary() {
        return "assign participants to coaches from ranked ballots (CSV in, CSV out)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (AssignOptions.wantsHelp(args)) {
            out.print(USAGE);
            return 0;
        }
        try {
            AssignOptions options = AssignOptions.parse(args);
            AssignInputs inputs = AssignInputs.read(options);
            Assignment assignment = assign(inputs, options);
            String csv = AssignmentCsv.format(assignment);
            if (options.out().isPresent()) {
                write(options.out().get(), csv);
                out.println(AssignmentCsv.summary(assignment));
            } else {
                byte[] bytes = csv.getBytes(StandardCharsets.UTF_8); // UTF-8 whatever the console's encoding
                out.write(bytes, 0, bytes.length);
                out.flush();
                err.println(AssignmentCsv.summary(assignment));
            }
            return 0;
        } catch (CommandFailure failure) {
            err.println("zielbild assign: " + failure.getMessage()
                    + (failure.exitCode() == CommandFailure.USAGE ? " (see 'zielbild assign --help')" : ""));
            return failure.exitCode();
        }
    }

    private static Assignment assign(AssignInputs inputs, AssignOptions options) throws CommandFailure {
        try {
            return AssignmentEngine.assign(inputs.problem(), options.policy(), options.seed());
        } catch (AssignmentException e) {
            throw CommandFailure.badInput(inputs.explain(e));
        }
    }

    private static void write(Path file, String csv) throws CommandFailure {
        try {
            Files.writeString(file, csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw CommandFailure.badInput("cannot write " + file + ": " + CommandFailure.reason(e));
        }
    }
}
