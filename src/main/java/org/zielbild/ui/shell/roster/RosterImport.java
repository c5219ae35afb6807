package org.zielbild.ui.shell.roster;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.zielbild.csv.CsvLines;
import org.zielbild.csv.ImportProblem;
import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Texts;
import org.zielbild.domain.roster.AddParticipants;
import org.zielbild.domain.roster.Participant;
import org.zielbild.domain.roster.Roster;
import org.zielbild.domain.roster.Team;
import org.zielbild.ui.common.imports.NewTeams;

/**
 * Turns a pasted list of names or a {@code name,team} CSV into an {@link ImportPlan}. Every line is
 * judged on its own, so one bad line costs only that line.
 */
public final class RosterImport {

    private final Roster roster;
    private final Supplier<String> ids;

    public RosterImport(Roster roster, Supplier<String> ids) {
        this.roster = roster;
        this.ids = ids;
    }

    /** One name per line. */
    public ImportPlan names(String text) {
        Builder b = new Builder();
        List<String> lines = CsvLines.lines(text);
        for (int i = 0; i < lines.size(); i++) {
            b.person(i + 1, lines.get(i), null);
        }
        return b.plan();
    }

    /**
     * {@code name,team} per line (team optional), an optional header line, comma or semicolon
     * separated (German spreadsheets write semicolons), quotes as in RFC 4180.
     */
    public ImportPlan csv(String text) {
        Builder b = new Builder();
        CsvLines.records(text, RosterImport::isHeader, b.problems, (lineNo, fields) -> {
            long filled = fields.stream().filter(f -> !f.isBlank()).count();
            if (fields.size() > 2 && filled > 2) {
                b.problem(lineNo, Message.of("import.line.fields", lineNo, fields.size()));
            } else {
                b.person(lineNo, fields.get(0), fields.size() > 1 ? fields.get(1) : null);
            }
        });
        return b.plan();
    }

    private static boolean isHeader(String first) {
        return first.equals("name") || first.equals("participant") || first.equals("teilnehmer")
                || first.equals("teilnehmerin") || first.equals("teilnehmende");
    }

    /** Collects changes and problems, checking names against the roster and the lines before. */
    private final class Builder {
        private final List<Change> changes = new ArrayList<>();
        private final List<ImportProblem> problems = new ArrayList<>();
        private final Set<String> seenNames = new HashSet<>();
        private final NewTeams newTeams = new NewTeams(roster, ids, changes);
        private final List<Participant> people = new ArrayList<>();

        void problem(int line, Message m) {
            problems.add(new ImportProblem(line, m));
        }

        void person(int line, String rawName, String rawTeam) {
            String name = Texts.singleLine(rawName);
            if (name.isEmpty()) {
                problem(line, Message.of(rawName == null || rawName.isBlank() && rawTeam == null
                        ? "import.line.empty" : "import.line.noName", line));
                return;
            }
            if (Texts.length(name) > Participant.MAX_NAME) {
                problem(line, Message.of("import.line.tooLong", line, Participant.MAX_NAME));
                return;
            }
            String key = Texts.identityKey(name);
            if (roster.participantNamed(name).isPresent() || !seenNames.add(key)) {
                problem(line, Message.of("import.line.duplicate", line, name));
                return;
            }
            String teamId = null;
            String team = Texts.singleLine(rawTeam);
            if (!team.isEmpty()) {
                if (Texts.length(team) > Team.MAX_NAME) {
                    problem(line, Message.of("import.line.tooLong", line, Team.MAX_NAME));
                    return;
                }
                teamId = newTeams.idFor(team);
            }
            people.add(new Participant(ids.get(), name, teamId));
        }

        /** New teams first, then everyone in one change: one pass even for a paste of thousands. */
        ImportPlan plan() {
            List<Change> all = new ArrayList<>(changes);
            if (!people.isEmpty()) {
                all.add(new AddParticipants(people));
            }
            return new ImportPlan(all, problems, people.size(), newTeams.count());
        }
    }
}
