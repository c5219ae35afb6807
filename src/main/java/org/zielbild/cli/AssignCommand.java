package org.zielbild.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.zielbild.assign.Assignment;
import org.zielbild.assign.AssignmentEngine;
import org.zielbild.assign.AssignmentException;
import org.zielbild.export.AtomicFiles;
import org.zielbild.export.ExportException;
import org.zielbild.export.ExportTargets;

/**
 * {@code zielbild assign}: reads coaches and ballots from CSV, computes the optimal assignment and
 * writes it as CSV. Exit codes: 0 done, 1 bad input data, no possible assignment or unwritable
 * output, 2 wrong command line. See docs/assign.md.
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
                                 (whole or not at all; an existing file is replaced)
              --locks FILE       CSV participant,coach: placements fixed by the facilitator
              --forbidden FILE   CSV participant,coach: pairs that must not happen
            Before any policy, as few participants as possible get a coach they did not rank.
            Exit codes: 0 done, 1 bad input data or unwritable output, 2 wrong command line.
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
            if (options.out().isPresent()) {
                checkOut(options.out().get()); // before minutes of work, not after
            }
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
                if (out.checkError()) { // a PrintStream keeps quiet about a full disk or a closed pipe
                    throw CommandFailure.badInput("could not write the assignment to standard output"
                            + " (a full disk or a closed pipe?)");
                }
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

    private static void checkOut(Path file) throws CommandFailure {
        try {
            ExportTargets.standard().check(file, false);
        } catch (ExportException e) {
            throw CommandFailure.badInput(new CliTexts().text(e.userMessage()));
        }
    }

    /** Whole or not at all: a full disk leaves the previous file, never half an assignment. */
    private static void write(Path file, String csv) throws CommandFailure {
        checkOut(file);
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        try {
            AtomicFiles.write(file, out -> out.write(bytes));
        } catch (ExportException e) {
            throw CommandFailure.badInput(new CliTexts().text(e.userMessage()));
        }
    }
}
