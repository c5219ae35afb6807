package org.zielbild.ui.modules.coaching.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.zielbild.csv.CoachColumns;
import org.zielbild.csv.ImportProblem;
import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Texts;
import org.zielbild.domain.coaching.AddCoach;
import org.zielbild.domain.coaching.Coach;
import org.zielbild.domain.coaching.Coaching;

/**
 * Coaches from CSV, {@code coach,capacity,style} (header optional, UTF-8 or Windows-1252, comma or
 * semicolon, quoted fields), read with the command line's column rules ({@link CoachColumns}). Each
 * line is judged on its own: a bad line is skipped with a reason, the good ones are added as one step.
 */
public final class CoachImport {

    private final Coaching coaching;
    private final Supplier<String> ids;

    public CoachImport(Coaching coaching, Supplier<String> ids) {
        this.coaching = coaching;
        this.ids = ids;
    }

    public CoachingImportPlan plan(String text) {
        List<Change> changes = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        coaching.coaches().forEach(c -> names.add(Texts.identityKey(c.name())));
        CsvRowsOf.read(text, CoachColumns::in, width -> CoachColumns.IN_ORDER, problems, (columns, row) -> {
            Message problem = problem(columns, row, names, coaching.coaches().size() + changes.size());
            if (problem != null) {
                problems.add(new ImportProblem(row.line(), problem));
                return;
            }
            String name = columns.coach(row.cells());
            names.add(Texts.identityKey(name));
            int capacity = capacityOf(columns.capacity(row.cells()));
            changes.add(AddCoach.atEnd(new Coach(ids.get(), name, columns.style(row.cells()), "", "", capacity)));
        });
        return new CoachingImportPlan(changes, problems,
                Message.of("coaching.import.coachesSummary", changes.size(), problems.size()),
                Message.of("coaching.import.coachesStep", changes.size()));
    }

    private static Message problem(CoachColumns.Columns columns, CsvRowsOf.RowAt row, Set<String> names, int count) {
        int line = row.line();
        String name = columns.coach(row.cells());
        String capacity = columns.capacity(row.cells());
        if (name.isEmpty()) {
            return Message.of("coaching.import.noName", line);
        }
        if (Texts.length(name) > Coach.MAX_NAME) {
            return Message.of("coaching.import.tooLong", line, name.substring(0, 20) + "…", Coach.MAX_NAME);
        }
        if (Texts.length(columns.style(row.cells())) > Coach.MAX_STYLE) {
            return Message.of("coaching.import.tooLong", line, name, Coach.MAX_STYLE);
        }
        if (names.contains(Texts.identityKey(name))) {
            return Message.of("coaching.import.duplicate", line, name);
        }
        try {
            int value = CoachColumns.capacity(capacity);
            if (value < 0 || value > Coach.MAX_CAPACITY) {
                return Message.of("coaching.import.range", line, name, capacity, Coach.MAX_CAPACITY);
            }
        } catch (CoachColumns.CapacityException e) {
            return switch (e.problem()) {
                case MISSING -> Message.of("coaching.import.noCapacity", line, name);
                case NOT_A_WHOLE_NUMBER -> Message.of("coaching.import.notANumber", line, name, capacity);
                case TOO_LARGE -> Message.of("coaching.import.range", line, name, capacity, Coach.MAX_CAPACITY);
            };
        }
        if (count >= Coach.MAX_COACHES) {
            return Message.of("coaching.import.tooMany", line, Coach.MAX_COACHES);
        }
        return null;
    }

    private static int capacityOf(String text) {
        try {
            return CoachColumns.capacity(text);
        } catch (CoachColumns.CapacityException e) {
            throw new IllegalStateException("checked before", e);
        }
    }
}
