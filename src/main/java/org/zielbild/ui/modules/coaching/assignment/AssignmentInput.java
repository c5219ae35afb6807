package org.zielbild.ui.modules.coaching.assignment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zielbild.assign.AssignmentProblem;
import org.zielbild.assign.CoachRanking;
import org.zielbild.assign.ForbiddenPair;
import org.zielbild.assign.Lock;
import org.zielbild.domain.Session;
import org.zielbild.domain.coaching.CoachBallot;
import org.zielbild.domain.coaching.Coach;
import org.zielbild.domain.coaching.Coaching;
import org.zielbild.domain.coaching.Pin;
import org.zielbild.domain.roster.Participant;

/**
 * The session as the engine sees it: coaches with their capacities; every participant on the roster
 * with their ballot's coaches in order (a coach removed since is left out, the order of the rest
 * kept), or with an empty ranking when they did not vote, so they are placed into the places the
 * voters leave; the pins as locks and the forbidden pairs. Names are the engine's keys (unique in a
 * roster and among coaches), so a run can be repeated with the command line on exported files.
 *
 * @param voters         ids of participants with a ballot that still ranks a coach
 * @param orphanBallots  ballots of people no longer on the roster: not counted
 * @param shortened      ballots that ranked a coach who has been removed since
 */
public record AssignmentInput(AssignmentProblem problem, List<Participant> participants, List<Coach> coaches,
                              Set<String> voters, int orphanBallots, int shortened) {

    public AssignmentInput {
        participants = List.copyOf(participants);
        coaches = List.copyOf(coaches);
        voters = Set.copyOf(voters);
    }

    public static AssignmentInput of(Session session) {
        Coaching c = session.coaching();
        Set<String> coachIds = c.coachIds();
        Map<String, String> coachName = new HashMap<>();
        List<org.zielbild.assign.Coach> coaches = new ArrayList<>();
        for (Coach coach : c.coaches()) {
            coachName.put(coach.id(), coach.name());
            coaches.add(new org.zielbild.assign.Coach(coach.name(), coach.capacity()));
        }
        Map<String, String> personName = new HashMap<>();
        List<CoachRanking> rankings = new ArrayList<>();
        Set<String> voters = new HashSet<>();
        int shortened = 0;
        for (Participant p : session.roster().participants()) {
            personName.put(p.id(), p.name());
            List<String> ranking = List.of();
            CoachBallot ballot = c.ballotOf(p.id()).orElse(null);
            if (ballot != null) {
                List<String> kept = ballot.rankingAmong(coachIds);
                shortened += kept.size() < ballot.ranking().size() ? 1 : 0;
                ranking = kept.stream().map(coachName::get).toList();
            }
            if (!ranking.isEmpty()) {
                voters.add(p.id());
            }
            rankings.add(new CoachRanking(p.name(), ranking));
        }
        int orphans = (int) c.ballots().stream().filter(b -> !personName.containsKey(b.participantId())).count();
        List<Lock> locks = new ArrayList<>();
        for (Pin pin : c.pins()) {
            if (personName.containsKey(pin.participantId()) && coachName.containsKey(pin.coachId())) {
                locks.add(new Lock(personName.get(pin.participantId()), coachName.get(pin.coachId())));
            }
        }
        List<ForbiddenPair> forbidden = new ArrayList<>();
        for (org.zielbild.domain.coaching.ForbiddenPair pair : c.forbidden()) {
            if (personName.containsKey(pair.participantId()) && coachName.containsKey(pair.coachId())) {
                forbidden.add(new ForbiddenPair(personName.get(pair.participantId()), coachName.get(pair.coachId())));
            }
        }
        return new AssignmentInput(new AssignmentProblem(coaches, rankings, locks, forbidden),
                session.roster().participants(), c.coaches(), voters, orphans, shortened);
    }

    /** The same input with one more lock: where {@code participant} would go in a "why not there?". */
    public AssignmentInput withLock(Participant participant, Coach coach) {
        List<Lock> locks = new ArrayList<>(problem.locks());
        locks.removeIf(l -> l.participant().equals(participant.name()));
        locks.add(new Lock(participant.name(), coach.name()));
        return new AssignmentInput(problem.withLocks(locks), participants, coaches, voters, orphanBallots, shortened);
    }

    public int places() {
        return coaches.stream().mapToInt(Coach::capacity).sum();
    }

    /** The participant's ranking as the engine sees it (coach names, best first); empty when they did not vote. */
    public List<String> rankingOf(Participant participant) {
        return problem.ballots().get(participants.indexOf(participant)).ranking();
    }
}
