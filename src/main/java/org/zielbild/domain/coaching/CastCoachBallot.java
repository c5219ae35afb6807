package org.zielbild.domain.coaching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.zielbild.domain.Change;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Message;
import org.zielbild.domain.Session;
import org.zielbild.domain.roster.Participant;

/**
 * A participant's secret ranking: at least one coach, each at most once, best first. One ballot per
 * person; to vote again the ballot is withdrawn first (or the cast undone).
 */
public record CastCoachBallot(CoachBallot ballot) implements Change {

    public CastCoachBallot {
        Objects.requireNonNull(ballot, "ballot");
    }

    @Override
    public Session apply(Session session) {
        Coaching c = session.coaching();
        Participant who = session.roster().requireParticipant(ballot.participantId());
        if (c.hasVoted(who.id())) {
            throw DomainException.of("error.coaching.alreadyVoted", who.name());
        }
        if (ballot.ranking().isEmpty()) {
            throw DomainException.of("error.coaching.emptyRanking", who.name());
        }
        Set<String> seen = new HashSet<>();
        for (String coachId : ballot.ranking()) {
            Coach coach = c.requireCoach(coachId);
            if (!seen.add(coachId)) {
                throw DomainException.of("error.coaching.rankedTwice", who.name(), coach.name());
            }
        }
        return session.withCoaching(c.withBallots(with(c.ballots(), ballot)));
    }

    static List<CoachBallot> with(List<CoachBallot> ballots, CoachBallot ballot) {
        List<CoachBallot> list = new ArrayList<>(ballots);
        list.add(ballot);
        return list;
    }

    @Override
    public Change inverse(Session before) {
        return new WithdrawCoachBallot(ballot.participantId());
    }

    @Override
    public Message describe() {
        return Message.of("change.coaching.cast");
    }
}
