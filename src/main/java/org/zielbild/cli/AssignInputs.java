package org.zielbild.cli;

import java.util.List;
import java.util.Optional;
import org.zielbild.assign.AssignmentException;
import org.zielbild.assign.AssignmentProblem;
import org.zielbild.assign.Ballot;
import org.zielbild.assign.Coach;
import org.zielbild.assign.ForbiddenPair;
import org.zielbild.assign.Lock;

/**
 * The files named on the command line, read into one problem. Keeps each item's line so that an
 * engine error about, say, the 7th ballot can point at its line in the file.
 */
final class AssignInputs {

    private final Rows<Coach> coaches;
    private final Rows<Ballot> ballots;
    private final Optional<Rows<Lock>> locks;
    private final Optional<Rows<ForbiddenPair>> forbidden;

    private AssignInputs(Rows<Coach> coaches, Rows<Ballot> ballots, Optional<Rows<Lock>> locks,
                         Optional<Rows<ForbiddenPair>> forbidden) {
        this.coaches = coaches;
        this.ballots = ballots;
        this.locks = locks;
        this.forbidden = forbidden;
    }

    static AssignInputs read(AssignOptions options) throws CommandFailure {
        Rows<Coach> coaches = CoachesCsv.read(options.coaches());
        Rows<Ballot> ballots = BallotsCsv.read(options.ballots());
        Optional<Rows<Lock>> locks = options.locks().isPresent()
                ? Optional.of(PairsCsv.read(options.locks().get(), Lock::new)) : Optional.empty();
        Optional<Rows<ForbiddenPair>> forbidden = options.forbidden().isPresent()
                ? Optional.of(PairsCsv.read(options.forbidden().get(), ForbiddenPair::new)) : Optional.empty();
        return new AssignInputs(coaches, ballots, locks, forbidden);
    }

    AssignmentProblem problem() {
        return new AssignmentProblem(coaches.items(), ballots.items(),
                locks.map(Rows::items).orElse(List.of()), forbidden.map(Rows::items).orElse(List.of()));
    }

    /** The engine's message, prefixed with the file and line of the item it is about. */
    String explain(AssignmentException e) {
        Optional<? extends Rows<?>> rows = switch (e.source()) {
            case COACHES -> Optional.of(coaches);
            case BALLOTS -> Optional.of(ballots);
            case LOCKS -> locks;
            case FORBIDDEN -> forbidden;
            case WHOLE_PROBLEM -> Optional.empty();
        };
        return rows.map(r -> r.where(e.index()) + ": ").orElse("") + e.getMessage();
    }
}
