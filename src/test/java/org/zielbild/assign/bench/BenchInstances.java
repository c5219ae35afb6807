package org.zielbild.assign.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.zielbild.assign.AssignmentProblem;
import org.zielbild.assign.Coach;
import org.zielbild.assign.CoachRanking;

/**
 * Workshop-like problems with real competition: coach k is drawn with weight 1/k (a few coaches
 * are far more popular than the rest), every participant ranks their top 5 (or all coaches if
 * there are fewer), and there are only 5 % more places than participants.
 */
final class BenchInstances {

    static final int TOP = 5;

    private BenchInstances() {
    }

    static AssignmentProblem generate(int participants, int coachCount, long seed) {
        Random random = new Random(seed);
        List<Coach> coaches = new ArrayList<>();
        int places = (int) Math.ceil(participants * 1.05);
        for (int c = 0; c < coachCount; c++) {
            coaches.add(new Coach("Coach " + c, places / coachCount + (c < places % coachCount ? 1 : 0)));
        }
        double[] popularity = new double[coachCount];
        for (int c = 0; c < coachCount; c++) {
            popularity[c] = 1 / (c + 1.0);
        }
        List<CoachRanking> ballots = new ArrayList<>();
        for (int p = 0; p < participants; p++) {
            ballots.add(new CoachRanking("Participant " + p, topChoices(coaches, popularity, random)));
        }
        return AssignmentProblem.of(coaches, ballots);
    }

    /** Draws coaches without replacement, each with probability proportional to its popularity. */
    private static List<String> topChoices(List<Coach> coaches, double[] popularity, Random random) {
        double[] weight = popularity.clone();
        List<String> ranking = new ArrayList<>();
        for (int k = 0; k < Math.min(TOP, coaches.size()); k++) {
            double total = 0;
            for (double w : weight) {
                total += w;
            }
            double x = random.nextDouble() * total;
            int chosen = -1;
            for (int c = 0; c < weight.length && (chosen < 0 || x >= 0); c++) {
                if (weight[c] > 0) {
                    chosen = c;
                    x -= weight[c];
                }
            }
            ranking.add(coaches.get(chosen).name());
            weight[chosen] = 0;
        }
        return ranking;
    }
}
