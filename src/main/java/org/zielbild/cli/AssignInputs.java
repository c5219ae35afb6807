package org.zielbild.cli;

import java.util.List;
import java.util.Optional;
import org.zielbild.assign.AssignmentException;
import org.zielbild.assign.AssignmentProblem;
import org.zielbild.assign.Coach;
import org.zielbild.assign.CoachRanking;
import org.zielbild.assign.ForbiddenPair;
import org.zielbild.assign.Lock;
import org.zielbild.csv.CsvException;
import org.zielbild.csv.CsvRows;

/**
 * The files named on the command line, read into one problem. Keeps each item's line so that an
 * engine error about, say, the 7th ballot can point at its line in the file.
 */
final class AssignInputs {

    private final CsvRows<Coach> coaches;
    private final CsvRows<CoachRanking> ballots;
    private final Optional<CsvRows<Lock>> locks;
    private final Optional<CsvRows<ForbiddenPair>> forbidden;

    private AssignInputs(CsvRows<Coach> coaches, CsvRows<CoachRanking> ballots, Optional<CsvRows<Lock>> locks,
                         Optional<CsvRows<ForbiddenPair>> forbidden) {
        this.coaches = coaches;
        this.ballots = ballots;
        this.locks = locks;
        this.forbidden = forbidden;
    }

    /** Reads the files the options name; a file that cannot be used is bad input, said in one line. */
    static AssignInputs read(AssignOptions options) throws CommandFailure {
        try {
            CsvRows<Coach> coaches = CoachesCsv.read(options.coaches());
            CsvRows<CoachRanking> ballots = BallotsCsv.read(options.ballots());
            Optional<CsvRows<Lock>> locks = options.locks().isPresent()
                    ? Optional.of(PairsCsv.read(options.locks().get(), Lock::new)) : Optional.empty();
            Optional<CsvRows<ForbiddenPair>> forbidden = options.forbidden().isPresent()
                    ? Optional.of(PairsCsv.read(options.forbidden().get(), ForbiddenPair::new)) : Optional.empty();
            return new AssignInputs(coaches, ballots, locks, forbidden);
        } catch (CsvException e) {
            throw CommandFailure.badInput(e.getMessage());
        }
    }

    AssignmentProblem problem() {
        return new AssignmentProblem(coaches.items(), ballots.items(),
                locks.map(CsvRows::items).orElse(List.of()), forbidden.map(CsvRows::items).orElse(List.of()));
    }

    /** The engine's message, prefixed with the file and line of the item it is about. */
    String explain(AssignmentException e) {
        Optional<? extends CsvRows<?>> rows = switch (e.source()) {
            case COACHES -> Optional.of(coaches);
            case BALLOTS -> Optional.of(ballots);
            case LOCKS -> locks;
            case FORBIDDEN -> forbidden;
            case WHOLE_PROBLEM -> Optional.empty();
        };
        return rows.map(r -> r.where(e.index()) + ": ").orElse("") + e.getMessage();
    }
}
