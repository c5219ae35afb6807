package org.zielbild.ui.modules.coaching.imports;

import java.util.List;
import java.util.Optional;
import org.zielbild.csv.ImportProblem;
import org.zielbild.domain.Batch;
import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.ui.common.imports.ImportPreview;

/**
 * What a coach or ballot import would do: the changes for the good lines (one undo step) and a
 * problem for every line it skips, each in the user's language. Nothing is applied until confirmed.
 */
public record CoachingImportPlan(List<Change> changes, List<ImportProblem> problems, Message summary, Message step)
        implements ImportPreview {

    public CoachingImportPlan {
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
    }

    @Override
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The changes as one step, or empty when nothing would be added. */
    public Optional<Change> asChange() {
        return changes.isEmpty() ? Optional.empty() : Optional.of(new Batch(step, changes));
    }
}
