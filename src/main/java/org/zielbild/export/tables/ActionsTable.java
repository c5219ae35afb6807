package org.zielbild.export.tables;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.zielbild.export.model.DataTable;

/**
 * The teams' actions for spreadsheets: what, who, by when, and the target statements each serves.
 * Dates as ISO (2027-03-31), which every spreadsheet reads as a date in any language. The mandates
 * section feeds it once that slice has landed.
 */
public final class ActionsTable {

    /**
     * One action.
     *
     * @param due              null when none was agreed
     * @param linkedStatements the statements it serves, as the minutes name them (e.g. "S3")
     */
    public record Action(String team, String what, String owner, LocalDate due, String status,
                         List<String> linkedStatements) {
        public Action {
            Objects.requireNonNull(what, "what");
            team = team == null ? "" : team;
            owner = owner == null ? "" : owner;
            status = status == null ? "" : status;
            linkedStatements = List.copyOf(linkedStatements);
        }
    }

    public static final String NAME = "actions";

    private ActionsTable() {
    }

    public static DataTable of(List<Action> actions) {
        List<List<String>> rows = new ArrayList<>();
        for (Action a : actions) {
            rows.add(List.of(a.team(), a.what(), a.owner(), a.due() == null ? "" : a.due().toString(), a.status(),
                    String.join("; ", a.linkedStatements())));
        }
        return new DataTable(NAME, List.of("team", "what", "owner", "due", "status", "linked_statements"), rows);
    }
}
