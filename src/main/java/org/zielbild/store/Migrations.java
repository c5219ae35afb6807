package org.zielbild.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The schema versions of session files and the steps between them. Version history:
 * <ul>
 *   <li>1 — first release: snapshot (session, history, seq), journal lines, exports.</li>
 * </ul>
 * Adding a session component or a record field with an empty default needs no new version (older
 * files load: the missing value becomes empty). Renaming, moving or re-meaning anything does: add a
 * step, bump {@link #CURRENT}, and add a sample folder {@code src/test/resources/store/samples/vN}.
 */
final class Migrations {

    /** The version this build writes. */
    static final int CURRENT = 1;

    private final int current;
    private final List<MigrationStep> steps;

    Migrations(int current, List<MigrationStep> steps) {
        for (int v = 1; v < current; v++) {
            int from = v;
            if (steps.stream().filter(s -> s.from() == from).count() != 1) {
                throw new IllegalArgumentException("exactly one migration step needed from version " + v);
            }
        }
        this.current = current;
        this.steps = List.copyOf(steps);
    }

    static Migrations standard() {
        return new Migrations(CURRENT, List.of());
    }

    int current() {
        return current;
    }

    /** Migrates a snapshot or export tree (with {@code session} and maybe {@code history}) to the current version. */
    void snapshot(ObjectNode root, int from) {
        for (MigrationStep step : stepsFrom(from)) {
            if (root.get("session") instanceof ObjectNode session) {
                step.session(session);
            }
            JsonNode history = root.path("history");
            for (String stack : List.of("undo", "redo")) {
                for (JsonNode historyStep : history.path(stack)) {
                    visitChange(step, historyStep.get("change"));
                    visitChange(step, historyStep.get("inverse"));
                }
            }
        }
        // schemaVersion stays as stored: the journal lines that belong to this snapshot have that version too.
    }

    /** Migrates one journal entry tree (its {@code change}) to the current version. */
    void entry(ObjectNode entry, int from) {
        for (MigrationStep step : stepsFrom(from)) {
            visitChange(step, entry.get("change"));
        }
    }

    private List<MigrationStep> stepsFrom(int from) {
        return steps.stream().filter(s -> s.from() >= from && s.from() < current)
                .sorted(java.util.Comparator.comparingInt(MigrationStep::from)).toList();
    }

    /** A change and, for a batch, the changes inside it. */
    private static void visitChange(MigrationStep step, JsonNode change) {
        if (change instanceof ObjectNode c) {
            step.change(c);
            if ("batch".equals(c.path("type").asText())) {
                c.path("changes").forEach(inner -> visitChange(step, inner));
            }
        }
    }
}
