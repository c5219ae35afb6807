package org.zielbild.domain.coaching;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.zielbild.domain.Change;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/**
 * The facilitator explicitly opened someone's ballot. A record, not an edit: journaled and kept for
 * the minutes, never undone with Ctrl+Z (like the timer presses of decision 0030).
 */
public record RecordBallotShown(BallotShown shown) implements Change {

    public RecordBallotShown {
        Objects.requireNonNull(shown, "shown");
    }

    @Override
    public Session apply(Session session) {
        Coaching c = session.coaching();
        if (!c.hasVoted(shown.participantId())) {
            throw DomainException.of("error.coaching.noBallot");
        }
        List<BallotShown> list = new ArrayList<>(c.ballotsShown());
        list.add(shown);
        return session.withCoaching(c.withBallotsShown(list));
    }

    @Override
    public Change inverse(Session before) {
        return new ForgetBallotShown(shown);
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
