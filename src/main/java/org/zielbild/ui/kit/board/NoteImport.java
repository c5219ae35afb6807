package org.zielbild.ui.kit.board;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.zielbild.csv.CsvLines;
import org.zielbild.csv.ImportProblem;
import org.zielbild.domain.Batch;
import org.zielbild.domain.Change;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Message;
import org.zielbild.domain.Texts;
import org.zielbild.domain.board.AddNote;
import org.zielbild.domain.board.Note;
import org.zielbild.domain.roster.Roster;
import org.zielbild.domain.roster.Team;
import org.zielbild.ui.common.imports.ImportPreview;
import org.zielbild.ui.common.imports.NewTeams;

/**
 * Turns pasted lines (one note each) or a {@code text,team,author} CSV into notes for a board,
 * placed in free places of one area. Each line is judged on its own: a bad line is skipped with
 * a reason, the others are added. Teams named in the CSV that do not exist yet are created.
 */
public final class NoteImport {

    /** What an import would add, and the lines it skips; applied as one undo step. */
    public record Plan(List<Change> changes, List<ImportProblem> problems, int notes, int teams) implements ImportPreview {

        public Plan {
            changes = List.copyOf(changes);
            problems = List.copyOf(problems);
        }

        @Override
        public Message summary() {
            return Message.of("board.import.summary", notes, teams, problems.size());
        }

        @Override
        public boolean isEmpty() {
            return notes == 0;
        }

        public Optional<Change> asChange() {
            return changes.isEmpty() ? Optional.empty()
                    : Optional.of(new Batch(Message.of("change.note.import", notes), changes));
        }
    }

    private final Roster roster;
    private final BoardSnapshot board;
    private final int area;
    private final String teamId;
    private final String author;
    private final Supplier<String> ids;
    private final Instant now;

    /**
     * @param teamId the team of notes whose line names none (the capture preset), or null
     * @param author the author of notes whose line names none, or ""
     */
    public NoteImport(Roster roster, BoardSnapshot board, int area, String teamId, String author,
                      Supplier<String> ids, Instant now) {
        this.roster = roster;
        this.board = board;
        this.area = Math.max(0, Math.min(board.board().areaCount() - 1, area));
        this.teamId = teamId;
        this.author = author == null ? "" : author;
        this.ids = ids;
        this.now = now;
    }

    /** One note per line; empty lines are skipped and said so. */
    public Plan lines(String text) {
        Builder b = new Builder();
        List<String> lines = CsvLines.lines(text);
        for (int i = 0; i < lines.size(); i++) {
            b.note(i + 1, lines.get(i), null, null);
        }
        return b.plan();
    }

    /** {@code text,team,author} per line (team and author optional), an optional header line. */
    public Plan csv(String text) {
        Builder b = new Builder();
        CsvLines.records(text, NoteImport::isHeader, b.problems, (lineNo, fields) -> {
            if (fields.size() > 3 && fields.subList(3, fields.size()).stream().anyMatch(f -> !f.isBlank())) {
                b.problems.add(new ImportProblem(lineNo, Message.of("board.import.fields", lineNo, fields.size())));
            } else {
                b.note(lineNo, fields.get(0), fields.size() > 1 ? fields.get(1) : null, fields.size() > 2 ? fields.get(2) : null);
            }
        });
        return b.plan();
    }

    private static boolean isHeader(String first) {
        return first.equals("text") || first.equals("note") || first.equals("notiz") || first.equals("notizen");
    }

    private final class Builder {
        private final List<Change> changes = new ArrayList<>();
        private final List<ImportProblem> problems = new ArrayList<>();
        private final List<Note> notes = new ArrayList<>();
        private final NewTeams newTeams = new NewTeams(roster, ids, changes);

        void note(int line, String rawText, String rawTeam, String rawAuthor) {
            String text;
            try {
                text = Note.cleanText(rawText);
            } catch (DomainException e) {
                String key = e.userMessage().key().equals("error.note.tooLong") ? "board.import.tooLong" : "import.line.empty";
                problems.add(new ImportProblem(line, Message.of(key, line, Texts.length(Texts.multiLine(rawText)), Note.MAX_TEXT)));
                return;
            }
            String noteAuthor = rawAuthor == null || rawAuthor.isBlank() ? author : Texts.singleLine(rawAuthor);
            if (Texts.length(noteAuthor) > Note.MAX_AUTHOR) {
                problems.add(new ImportProblem(line, Message.of("board.import.authorTooLong", line, Note.MAX_AUTHOR)));
                return;
            }
            String team = Texts.singleLine(rawTeam);
            String noteTeam = teamId;
            if (!team.isEmpty()) {
                if (Texts.length(team) > Team.MAX_NAME) {
                    problems.add(new ImportProblem(line, Message.of("import.line.tooLong", line, Team.MAX_NAME)));
                    return;
                }
                noteTeam = newTeams.idFor(team);
            }
            notes.add(new Note(ids.get(), board.board().id(), area, text, noteTeam, noteAuthor, 0, 0, null, null, now));
        }

        Plan plan() {
            List<double[]> slots = BoardGeometry.freeSlots(board, area, notes.size());
            for (int i = 0; i < notes.size(); i++) {
                Note n = notes.get(i);
                changes.add(AddNote.onTop(new Note(n.id(), n.boardId(), n.area(), n.text(), n.teamId(), n.author(),
                        slots.get(i)[0], slots.get(i)[1], null, null, n.createdAt())));
            }
            return new Plan(changes, problems, notes.size(), newTeams.count());
        }
    }
}
