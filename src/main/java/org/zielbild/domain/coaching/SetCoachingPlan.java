package org.zielbild.domain.coaching;

import java.util.Objects;
import org.zielbild.domain.Change;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;

/** Pitch and question minutes, how many coaches a ballot ranks, and whether the announcement shows names. */
public record SetCoachingPlan(CoachingPlan plan) implements Change {

    public SetCoachingPlan {
        Objects.requireNonNull(plan, "plan");
    }

    @Override
    public Session apply(Session session) {
        return session.withCoaching(session.coaching().withPlan(plan.validated()));
    }

    @Override
    public Change inverse(Session before) {
        return new SetCoachingPlan(before.coaching().plan());
    }

    @Override
    public Message describe() {
        return Message.of("change.coaching.plan");
    }
}
