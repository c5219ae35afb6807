package org.zielbild.ui.modules.coaching.assignment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.zielbild.domain.Change;
import org.zielbild.domain.DomainException;
import org.zielbild.domain.Language;
import org.zielbild.domain.Session;
import org.zielbild.domain.coaching.AddCoach;
import org.zielbild.domain.coaching.AddForbiddenPair;
import org.zielbild.domain.coaching.CastCoachBallot;
import org.zielbild.domain.coaching.Coach;
import org.zielbild.domain.coaching.CoachBallot;
import org.zielbild.domain.coaching.ForbiddenPair;
import org.zielbild.domain.coaching.SetPin;
import org.zielbild.domain.roster.AddParticipants;
import org.zielbild.domain.roster.Participant;
import org.zielbild.testing.Sessions;

/** Seeded random coach rounds small enough to try every assignment: 2–3 coaches, 2–6 people. */
final class SmallInstances {

    private SmallInstances() {
    }

    static Session random(Random random) {
        int coaches = 2 + random.nextInt(2);
        int people = 2 + random.nextInt(5);
        List<Participant> roster = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            roster.add(new Participant("p" + i, "P" + i, null));
        }
        Session s = new AddParticipants(roster).apply(Sessions.templateDay(Language.EN));
        int places = 0;
        for (int c = 0; c < coaches; c++) {
            int capacity = random.nextInt(4);
            places += capacity;
            if (c == coaches - 1 && places < people) {
                capacity += people - places; // mostly enough places; the shortage case has its own test
            }
            s = AddCoach.atEnd(Coach.of("c" + c, String.valueOf((char) ('A' + c)), capacity)).apply(s);
        }
        List<String> ids = s.coaching().coaches().stream().map(Coach::id).toList();
        for (Participant p : roster) {
            if (random.nextInt(5) > 0) {
                List<String> ranking = new ArrayList<>(ids);
                Collections.shuffle(ranking, random);
                s = tryApply(s, new CastCoachBallot(new CoachBallot(p.id(), ranking.subList(0, 1 + random.nextInt(ids.size())))));
            }
            if (random.nextInt(6) == 0) {
                s = tryApply(s, new AddForbiddenPair(new ForbiddenPair(p.id(), ids.get(random.nextInt(ids.size())))));
            }
            if (random.nextInt(7) == 0) {
                s = tryApply(s, new SetPin(p.id(), ids.get(random.nextInt(ids.size()))));
            }
        }
        return s;
    }

    private static Session tryApply(Session s, Change c) {
        try {
            return c.apply(s);
        } catch (DomainException refused) {
            return s;
        }
    }
}
