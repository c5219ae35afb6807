package org.zielbild.domain.target;

import java.util.Objects;
import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Records why a stage is left while the picture's gate is unmet. */
public record RecordUnmetReason(UnmetReason reason, int index) implements Change {

    public RecordUnmetReason {
        Objects.requireNonNull(reason, "reason");
    }

    public static RecordUnmetReason atEnd(UnmetReason reason) {
        return new RecordUnmetReason(reason, -1);
    }

    @Override
    public Session apply(Session session) {
        session.agenda().require(reason.stageId());
        return session.withTarget(session.target().withUnmetReasonAt(index, reason));
    }

    @Override
    public Change inverse(Session before) {
        return new RemoveUnmetReason(reason.id());
    }

    @Override
    public Message describe() {
        return Message.of("change.target.unmetReason");
    }
}
