package org.zielbild.ui.modules.coaching.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zielbild.csv.BallotColumns;
import org.zielbild.csv.ImportProblem;
import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;
import org.zielbild.domain.coaching.CastCoachBallot;
import org.zielbild.domain.coaching.Coach;
import org.zielbild.domain.coaching.CoachBallot;
import org.zielbild.domain.roster.Participant;

/**
 * Ballots collected beforehand, {@code participant,choice1,choice2,...} (header optional; other
 * columns such as a form's timestamp are ignored), read with the command line's column rules
 * ({@link BallotColumns}). Names match the roster and the coaches ignoring case. Each line is judged
 * on its own; the good ones are cast as one step.
 */
public final class BallotImport {

    private final Session session;

    public BallotImport(Session session) {
        this.session = session;
    }

    public CoachingImportPlan plan(String text) {
        List<Change> changes = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        CsvRowsOf.read(text, BallotColumns::in, BallotColumns::inOrder, problems, (columns, row) -> {
            int line = row.line();
            String name = columns.participant(row.cells());
            Optional<Participant> who = session.roster().participantNamed(name);
            Message problem;
            if (name.isEmpty()) {
                problem = Message.of("coaching.import.noPerson", line);
            } else if (who.isEmpty()) {
                problem = Message.of("coaching.import.unknownPerson", line, name);
            } else if (seen.contains(who.get().id())) {
                problem = Message.of("coaching.import.twice", line, who.get().name());
            } else if (session.coaching().hasVoted(who.get().id())) {
                problem = Message.of("coaching.import.voted", line, who.get().name());
            } else {
                problem = ranking(columns, row, who.get(), changes);
                if (problem == null) {
                    seen.add(who.get().id()); // a skipped line does not count: a corrected one later may follow
                }
            }
            if (problem != null) {
                problems.add(new ImportProblem(line, problem));
            }
        });
        return new CoachingImportPlan(changes, problems,
                Message.of("coaching.import.ballotsSummary", changes.size(), problems.size()),
                Message.of("coaching.import.ballotsStep", changes.size()));
    }

    /** Adds the ballot to {@code changes}, or says why the line is skipped. */
    private Message ranking(BallotColumns.Columns columns, CsvRowsOf.RowAt row, Participant who, List<Change> changes) {
        int line = row.line();
        List<String> names;
        try {
            names = BallotColumns.ranking(columns, row.cells());
        } catch (BallotColumns.GapException e) {
            return Message.of("coaching.import.gap", line, who.name(), e.choice());
        }
        if (names.isEmpty()) {
            return Message.of("coaching.import.emptyRanking", line, who.name());
        }
        List<String> ranking = new ArrayList<>();
        for (String name : names) {
            Optional<Coach> coach = session.coaching().coachNamed(name);
            if (coach.isEmpty()) {
                return Message.of("coaching.import.unknownCoach", line, who.name(), name);
            }
            if (ranking.contains(coach.get().id())) {
                return Message.of("coaching.import.rankedTwice", line, who.name(), coach.get().name());
            }
            ranking.add(coach.get().id());
        }
        changes.add(new CastCoachBallot(new CoachBallot(who.id(), ranking)));
        return null;
    }
}
