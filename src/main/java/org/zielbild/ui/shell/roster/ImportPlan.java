package org.zielbild.ui.shell.roster;

import java.util.List;
import java.util.Optional;
import org.zielbild.csv.ImportProblem;
import org.zielbild.domain.Batch;
import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.ui.common.imports.ImportPreview;

/**
 * What an import would do: the changes for the good lines (as one undo step) and a problem for
 * every line it skips. Nothing is applied until the user confirms.
 */
public record ImportPlan(List<Change> changes, List<ImportProblem> problems, int participants, int teams)
        implements ImportPreview {

    public ImportPlan {
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
    }

    @Override
    public Message summary() {
        return Message.of("import.summary", participants, teams, problems.size());
    }

    @Override
    public boolean isEmpty() {
        return participants == 0;
    }

    /** The changes as one step, or empty when there is nothing to add. */
    public Optional<Change> asChange() {
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Batch(Message.of("change.importParticipants", participants), changes));
    }
}
