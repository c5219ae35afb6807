package org.zielbild.domain.coaching;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.zielbild.domain.Change;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.ListIndex;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/**
 * Records a computed assignment (at the end: it becomes the current result; undo shows the one
 * before). The engine computed it outside the domain; the record says how (policy, seed, pins).
 */
public record RecordAssignmentRun(AssignmentRun run, int index) implements Change {

    public RecordAssignmentRun {
        Objects.requireNonNull(run, "run");
    }

    public static RecordAssignmentRun latest(AssignmentRun run) {
        return new RecordAssignmentRun(run, -1);
    }

    @Override
    public Session apply(Session session) {
        Coaching c = session.coaching();
        if (c.run(run.id()).isPresent()) {
            throw DomainException.of("error.duplicateId", run.id());
        }
        List<AssignmentRun> list = new ArrayList<>(c.runs());
        list.add(ListIndex.clamp(index, list.size()), run);
        return session.withCoaching(c.withRuns(list));
    }

    @Override
    public Change inverse(Session before) {
        return new RemoveAssignmentRun(run.id());
    }

    @Override
    public Message describe() {
        return Message.of("change.coaching.run");
    }
}
