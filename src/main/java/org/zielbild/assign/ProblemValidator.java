package org.zielbild.assign;

import static org.zielbild.assign.AssignmentException.Source.BALLOTS;
import static org.zielbild.assign.AssignmentException.Source.COACHES;
import static org.zielbild.assign.AssignmentException.Source.FORBIDDEN;
import static org.zielbild.assign.AssignmentException.Source.LOCKS;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zielbild.assign.AssignmentException.Source;
import org.zielbild.domain.Texts;

/** Refuses bad input with one message naming the participant or coach, and indexes good input. */
final class ProblemValidator {

    private final AssignmentProblem problem;
    private final Map<String, Integer> coachIndex = new HashMap<>();
    private final Map<String, Integer> participantIndex = new HashMap<>();

    private ProblemValidator(AssignmentProblem problem) {
        this.problem = problem;
    }

    static Instance validate(AssignmentProblem problem) {
        return new ProblemValidator(problem).run();
    }

    private Instance run() {
        String[] coaches = indexCoaches();
        int[] capacity = problem.coaches().stream().mapToInt(Coach::capacity).toArray();
        String[] participants = indexParticipants();
        int[][] ranking = new int[participants.length][];
        for (int p = 0; p < participants.length; p++) {
            ranking[p] = rankingOf(p, problem.ballots().get(p));
        }
        checkTotalCapacity(capacity, participants.length);
        BitSet[] forbidden = forbiddenPairs(participants.length);
        int[] lockedCoach = locks(participants.length, forbidden, capacity);
        return new Instance(coaches, capacity, participants, ranking, lockedCoach, forbidden);
    }

    private String[] indexCoaches() {
        List<Coach> coaches = problem.coaches();
        if (coaches.isEmpty() && !problem.ballots().isEmpty()) {
            throw AssignmentException.whole("there are no coaches");
        }
        for (int c = 0; c < coaches.size(); c++) {
            Coach coach = coaches.get(c);
            if (coach.name().isBlank()) {
                throw new AssignmentException(COACHES, c, "coach number " + (c + 1) + " has no name");
            }
            if (coachIndex.putIfAbsent(coach.name(), c) != null) {
                throw new AssignmentException(COACHES, c, "coach " + quote(coach.name()) + " is listed twice");
            }
            if (coach.capacity() < 0) {
                throw new AssignmentException(COACHES, c, "coach " + quote(coach.name())
                        + " has a negative capacity (" + coach.capacity() + ")");
            }
        }
        return coaches.stream().map(Coach::name).toArray(String[]::new);
    }

    private String[] indexParticipants() {
        List<CoachRanking> ballots = problem.ballots();
        for (int p = 0; p < ballots.size(); p++) {
            String name = ballots.get(p).participant();
            if (name.isBlank()) {
                throw new AssignmentException(BALLOTS, p, "ballot number " + (p + 1) + " has no participant name");
            }
            if (participantIndex.putIfAbsent(name, p) != null) {
                throw new AssignmentException(BALLOTS, p, "participant " + quote(name) + " is listed twice");
            }
        }
        return ballots.stream().map(CoachRanking::participant).toArray(String[]::new);
    }

    private int[] rankingOf(int p, CoachRanking ballot) {
        int[] ranking = new int[ballot.ranking().size()];
        for (int i = 0; i < ranking.length; i++) {
            String coach = ballot.ranking().get(i);
            Integer c = coachIndex.get(coach);
            String who = "participant " + quote(ballot.participant());
            if (coach.isBlank()) {
                throw new AssignmentException(BALLOTS, p, who + " has an empty choice " + (i + 1));
            }
            if (c == null) {
                throw new AssignmentException(BALLOTS, p, who + " ranks unknown coach " + quote(coach) + didYouMean(coach));
            }
            for (int j = 0; j < i; j++) {
                if (ranking[j] == c) {
                    throw new AssignmentException(BALLOTS, p, who + " ranks coach " + quote(coach)
                            + " twice (choices " + (j + 1) + " and " + (i + 1) + ")");
                }
            }
            ranking[i] = c;
        }
        return ranking;
    }

    private static void checkTotalCapacity(int[] capacity, int participants) {
        long total = Arrays.stream(capacity).asLongStream().sum();
        if (total < participants) {
            throw AssignmentException.whole("the coaches have " + total + " places in total but there are "
                    + participants + " participants; raise a capacity or add a coach");
        }
    }

    private BitSet[] forbiddenPairs(int participants) {
        BitSet[] forbidden = new BitSet[participants];
        List<ForbiddenPair> pairs = problem.forbidden();
        for (int i = 0; i < pairs.size(); i++) {
            ForbiddenPair pair = pairs.get(i);
            int p = participant(FORBIDDEN, i, pair.participant());
            int c = coach(FORBIDDEN, i, pair.coach());
            if (forbidden[p] == null) {
                forbidden[p] = new BitSet();
            }
            forbidden[p].set(c);
        }
        return forbidden;
    }

    /** Seats the locked participants: returns the locked coach per participant and lowers {@code capacity}. */
    private int[] locks(int participants, BitSet[] forbidden, int[] capacity) {
        int[] lockedCoach = new int[participants];
        Arrays.fill(lockedCoach, Instance.FREE);
        List<Lock> locks = problem.locks();
        for (int i = 0; i < locks.size(); i++) {
            Lock lock = locks.get(i);
            int p = participant(LOCKS, i, lock.participant());
            int c = coach(LOCKS, i, lock.coach());
            String pair = "participant " + quote(lock.participant()) + " is locked to coach " + quote(lock.coach());
            if (lockedCoach[p] == c) {
                continue; // the same lock twice changes nothing
            }
            if (lockedCoach[p] != Instance.FREE) {
                throw new AssignmentException(LOCKS, i, pair + " and also to coach "
                        + quote(problem.coaches().get(lockedCoach[p]).name()));
            }
            if (forbidden[p] != null && forbidden[p].get(c)) {
                throw new AssignmentException(LOCKS, i, pair + ", but that pair is forbidden");
            }
            if (capacity[c] == 0) {
                throw new AssignmentException(LOCKS, i, pair + ", but more participants are locked to "
                        + quote(lock.coach()) + " than their capacity of " + problem.coaches().get(c).capacity());
            }
            capacity[c]--;
            lockedCoach[p] = c;
        }
        return lockedCoach;
    }

    private int participant(Source source, int index, String name) {
        Integer p = participantIndex.get(name);
        if (p == null) {
            throw new AssignmentException(source, index, "unknown participant " + quote(name) + " (no ballot)");
        }
        return p;
    }

    private int coach(Source source, int index, String name) {
        Integer c = coachIndex.get(name);
        if (c == null) {
            throw new AssignmentException(source, index, "unknown coach " + quote(name) + didYouMean(name));
        }
        return c;
    }

    /** A hint when a name differs from a known coach only in case or Unicode form. */
    private String didYouMean(String name) {
        String key = Texts.identityKey(name.strip());
        return problem.coaches().stream()
                .map(Coach::name)
                .filter(known -> Texts.identityKey(known).equals(key))
                .findFirst()
                .map(known -> " (did you mean " + quote(known) + "?)")
                .orElse("");
    }

    static String quote(String name) {
        return "\"" + name + "\"";
    }
}
