package org.zielbild.domain.coaching;

import java.util.ArrayList;
import java.util.List;
import org.zielbild.domain.Change;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Takes a computed run off the record (the undo of {@link RecordAssignmentRun}). Refused while it is announced. */
public record RemoveAssignmentRun(String runId) implements Change {

    @Override
    public Session apply(Session session) {
        Coaching c = session.coaching();
        AssignmentRun run = c.run(runId).orElseThrow(() -> DomainException.of("error.coaching.noRun"));
        List<AssignmentRun> list = new ArrayList<>(c.runs());
        list.remove(run);
        if (c.view().step() == CoachingStep.ANNOUNCEMENT && list.isEmpty()) {
            throw DomainException.of("error.coaching.announced");
        }
        return session.withCoaching(c.withRuns(list));
    }

    @Override
    public Change inverse(Session before) {
        Coaching c = before.coaching();
        AssignmentRun run = c.run(runId).orElseThrow(() -> DomainException.of("error.coaching.noRun"));
        return new RecordAssignmentRun(run, c.runs().indexOf(run));
    }

    @Override
    public Message describe() {
        return Message.of("change.coaching.removeRun");
    }
}
