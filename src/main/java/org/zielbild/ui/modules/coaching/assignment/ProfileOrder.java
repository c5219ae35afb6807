package org.zielbild.ui.modules.coaching.assignment;

import java.util.Comparator;
import org.zielbild.assign.Policy;
import org.zielbild.assign.Profile;
import org.zielbild.domain.coaching.CoachingPolicy;

/**
 * Which of two outcomes is better for the group under a policy, as the engine ranks them (decision
 * 0010): fewer people with a coach they did not rank first; then rank-maximal (more 1st choices, then
 * more 2nd, ...), fair (fewer at the worst rank, then the next worse, ...) or sum (smaller sum of
 * ranks, then rank-maximal). Negative: {@code a} is better.
 */
public final class ProfileOrder {

    private ProfileOrder() {
    }

    public static Policy engine(CoachingPolicy policy) {
        return switch (policy) {
            case RANK_MAXIMAL -> Policy.RANK_MAXIMAL;
            case FAIR -> Policy.FAIR;
            case SUM -> Policy.SUM;
        };
    }

    public static Comparator<Profile> of(CoachingPolicy policy) {
        return (a, b) -> compare(policy, a, b);
    }

    public static int compare(CoachingPolicy policy, Profile a, Profile b) {
        if (a.unranked() != b.unranked()) {
            return Integer.compare(a.unranked(), b.unranked());
        }
        int worst = Math.max(a.byRank().size(), b.byRank().size());
        return switch (policy) {
            case RANK_MAXIMAL -> rankMaximal(a, b, worst);
            case FAIR -> {
                for (int rank = worst; rank >= 1; rank--) {
                    if (a.count(rank) != b.count(rank)) {
                        yield Integer.compare(a.count(rank), b.count(rank));
                    }
                }
                yield 0;
            }
            case SUM -> {
                int bySum = Long.compare(sum(a), sum(b));
                yield bySum != 0 ? bySum : rankMaximal(a, b, worst);
            }
        };
    }

    private static int rankMaximal(Profile a, Profile b, int worst) {
        for (int rank = 1; rank <= worst; rank++) {
            if (a.count(rank) != b.count(rank)) {
                return Integer.compare(b.count(rank), a.count(rank));
            }
        }
        return 0;
    }

    private static long sum(Profile p) {
        long sum = 0;
        for (int rank = 1; rank <= p.byRank().size(); rank++) {
            sum += (long) rank * p.count(rank);
        }
        return sum;
    }
}
