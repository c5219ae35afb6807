package org.zielbild.domain.target;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Dismisses a vividness hint for a statement, or brings it back. */
public record DismissHint(String statementId, VividnessHint hint, boolean dismissed) implements Change {

    public DismissHint {
        Objects.requireNonNull(hint, "hint");
    }

    @Override
    public Session apply(Session session) {
        return session.withTarget(session.target().withStatementUpdated(statementId, s -> {
            List<VividnessHint> hints = new ArrayList<>(s.dismissedHints());
            hints.remove(hint);
            if (dismissed) {
                hints.add(hint);
            }
            return s.withDismissedHints(hints);
        }));
    }

    @Override
    public Change inverse(Session before) {
        return new DismissHint(statementId, hint, before.target().requireStatement(statementId).hasDismissed(hint));
    }

    @Override
    public Message describe() {
        return Message.of(dismissed ? "change.target.dismissHint" : "change.target.restoreHint");
    }
}
