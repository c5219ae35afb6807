package org.zielbild.domain.target;

import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Takes a recorded reason back (the undo of recording it). */
public record RemoveUnmetReason(String reasonId) implements Change {

    @Override
    public Session apply(Session session) {
        return session.withTarget(session.target().withoutUnmetReason(reasonId));
    }

    @Override
    public Change inverse(Session before) {
        TargetPicture t = before.target();
        UnmetReason r = t.unmetReason(reasonId).orElseThrow(() -> org.zielbild.domain.DomainException.of("error.target.noReason"));
        return new RecordUnmetReason(r, t.unmetReasons().indexOf(r));
    }

    @Override
    public Message describe() {
        return Message.of("change.target.removeUnmetReason");
    }
}
