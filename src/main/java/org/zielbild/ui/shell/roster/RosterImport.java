package org.zielbild.ui.shell.roster;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.zielbild.domain.AddParticipant;
import org.zielbild.domain.AddTeam;
import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Participant;
import org.zielbild.domain.Roster;
import org.zielbild.domain.Team;
import org.zielbild.domain.TeamColor;
import org.zielbild.domain.Texts;

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
        List<String> lines = lines(text);
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
        List<String> lines = lines(text);
        char delimiter = guessDelimiter(lines);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrim(true).get();
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            String line = lines.get(i);
            if (line.isBlank()) {
                b.problem(lineNo, Message.of("import.line.empty", lineNo));
                continue;
            }
            List<String> fields;
            try {
                fields = parseLine(line, format);
            } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
                b.problem(lineNo, Message.of("import.line.malformed", lineNo, reason(e)));
                continue;
            }
            if (i == 0 && isHeader(fields)) {
                continue;
            }
            long filled = fields.stream().filter(f -> !f.isBlank()).count();
            if (fields.size() > 2 && filled > 2) {
                b.problem(lineNo, Message.of("import.line.fields", lineNo, fields.size()));
                continue;
            }
            b.person(lineNo, fields.get(0), fields.size() > 1 ? fields.get(1) : null);
        }
        return b.plan();
    }

    private static List<String> parseLine(String line, CSVFormat format) {
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(line)).setFormat(format).get()) {
            List<CSVRecord> records = parser.getRecords();
            if (records.size() != 1) {
                throw new IllegalStateException("line break inside quotes");
            }
            List<String> fields = new ArrayList<>();
            records.get(0).forEach(fields::add);
            return fields;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String reason(RuntimeException e) {
        Throwable t = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        String msg = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return msg.length() > 120 ? msg.substring(0, 120) + "…" : msg;
    }

    private static boolean isHeader(List<String> fields) {
        String first = fields.get(0).strip().toLowerCase(Locale.ROOT);
        return first.equals("name") || first.equals("participant") || first.equals("teilnehmer")
                || first.equals("teilnehmerin") || first.equals("teilnehmende");
    }

    private static char guessDelimiter(List<String> lines) {
        for (String line : lines) {
            if (!line.isBlank()) {
                return line.indexOf(';') >= 0 && line.indexOf(',') < 0 ? ';' : ',';
            }
        }
        return ',';
    }

    /** Lines without the trailing empty ones (a final newline is not an empty line); a BOM is dropped. */
    static List<String> lines(String text) {
        String t = text == null ? "" : text;
        if (t.startsWith("\uFEFF")) {
            t = t.substring(1);
        }
        List<String> lines = new ArrayList<>(List.of(t.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)));
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** Collects changes and problems, checking names against the roster and the lines before. */
    private final class Builder {
        private final List<Change> changes = new ArrayList<>();
        private final List<ImportProblem> problems = new ArrayList<>();
        private final Set<String> seenNames = new HashSet<>();
        private final Map<String, String> newTeams = new HashMap<>();
        private int people;

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
                teamId = teamId(team);
            }
            changes.add(AddParticipant.atEnd(new Participant(ids.get(), name, teamId)));
            people++;
        }

        private String teamId(String teamName) {
            return roster.teamNamed(teamName).map(Team::id).orElseGet(() ->
                    newTeams.computeIfAbsent(Texts.identityKey(teamName), k -> {
                        String id = ids.get();
                        TeamColor color = TeamColor.forIndex(roster.teams().size() + newTeams.size());
                        changes.add(AddTeam.atEnd(new Team(id, teamName, color)));
                        return id;
                    }));
        }

        ImportPlan plan() {
            return new ImportPlan(changes, problems, people, newTeams.size());
        }
    }
}
