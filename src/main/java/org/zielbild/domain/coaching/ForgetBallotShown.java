package org.zielbild.domain.coaching;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.zielbild.domain.Change;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/**
 * The formal inverse of {@link RecordBallotShown}, which is never undone from the UI: it exists so
 * that every change has one, and is not undoable itself.
 */
public record ForgetBallotShown(BallotShown shown) implements Change {

    public ForgetBallotShown {
        Objects.requireNonNull(shown, "shown");
    }

    @Override
    public Session apply(Session session) {
        Coaching c = session.coaching();
        List<BallotShown> list = new ArrayList<>(c.ballotsShown());
        int last = list.lastIndexOf(shown);
        if (last < 0) {
            throw DomainException.of("error.coaching.noBallot");
        }
        list.remove(last);
        return session.withCoaching(c.withBallotsShown(list));
    }

    @Override
    public Change inverse(Session before) {
        return new RecordBallotShown(shown);
    }

    @Override
    public boolean undoable() {
        return false;
    }

    @Override
    public Message describe() {
        return Message.of("change.coaching.ballotShown");
    }
}
