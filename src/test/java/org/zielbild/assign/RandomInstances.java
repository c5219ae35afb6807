package org.zielbild.assign;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Small random problems for property tests: up to 8 participants, 3-4 coaches, partial ballots. */
final class RandomInstances {

    private RandomInstances() {
    }

    static AssignmentProblem generate(long seed) {
        Random random = new Random(seed);
        int m = 3 + random.nextInt(2);
        int n = 1 + random.nextInt(8);
        List<String> coachNames = new ArrayList<>();
        List<Coach> coaches = new ArrayList<>();
        for (int c = 0; c < m; c++) {
            coachNames.add("C" + c);
            // Mostly enough room overall, sometimes exactly enough, rarely too little.
            coaches.add(new Coach("C" + c, random.nextInt(n / 2 + 3)));
        }
        List<CoachRanking> ballots = new ArrayList<>();
        List<String> participants = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            List<String> order = new ArrayList<>(coachNames);
            Collections.shuffle(order, random);
            String name = "P" + p;
            participants.add(name);
            ballots.add(new CoachRanking(name, order.subList(0, random.nextInt(m + 1))));
        }
        List<Lock> locks = new ArrayList<>();
        if (random.nextInt(3) == 0) {
            for (int i = random.nextInt(3); i >= 0; i--) {
                locks.add(new Lock(pick(participants, random), pick(coachNames, random)));
            }
        }
        List<ForbiddenPair> forbidden = new ArrayList<>();
        if (random.nextInt(2) == 0) {
            for (int i = random.nextInt(4); i >= 0; i--) {
                forbidden.add(new ForbiddenPair(pick(participants, random), pick(coachNames, random)));
            }
        }
        // A participant locked twice to different coaches is an input error, not a puzzle: avoid it.
        List<Lock> oneLockEach = new ArrayList<>();
        locks.stream().filter(l -> oneLockEach.stream().noneMatch(o -> o.participant().equals(l.participant())))
                .forEach(oneLockEach::add);
        return new AssignmentProblem(coaches, ballots, oneLockEach, forbidden);
    }

    private static String pick(List<String> names, Random random) {
        return names.get(random.nextInt(names.size()));
    }
}
