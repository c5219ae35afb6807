package org.zielbild.ui.modules.coaching.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zielbild.domain.Session;
import org.zielbild.domain.coaching.Coach;
import org.zielbild.domain.coaching.CoachingPolicy;
import org.zielbild.domain.coaching.Coaching;
import org.zielbild.domain.roster.Participant;

/**
 * Every assignment of a small round, and the best outcome under a policy from the policies' plain
 * words (decision 0010), written without the engine or {@link ProfileOrder}: an outcome is a key,
 * and the smallest key is best.
 */
final class BruteForce {

    private final Session session;
    private final List<Participant> people;
    private final List<Coach> coaches;

    BruteForce(Session session) {
        this.session = session;
        this.people = session.roster().participants();
        this.coaches = session.coaching().coaches();
    }

    /** The best outcome's key with {@code fixed} (or nobody, when null) placed with {@code at}; empty when impossible. */
    Optional<List<Long>> best(CoachingPolicy policy, String fixed, String at) {
        int[] choice = new int[people.size()];
        List<Long> best = null;
        long total = (long) Math.pow(coaches.size(), people.size());
        for (long code = 0; code < total; code++) {
            long rest = code;
            for (int p = 0; p < people.size(); p++) {
                choice[p] = (int) (rest % coaches.size());
                rest /= coaches.size();
            }
            if (allowed(choice, fixed, at)) {
                List<Long> key = key(policy, choice);
                if (best == null || compare(key, best) < 0) {
                    best = key;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private boolean allowed(int[] choice, String fixed, String at) {
        Coaching c = session.coaching();
        int[] used = new int[coaches.size()];
        for (int p = 0; p < choice.length; p++) {
            String person = people.get(p).id();
            String coach = coaches.get(choice[p]).id();
            if (++used[choice[p]] > coaches.get(choice[p]).capacity() || c.isForbidden(person, coach)) {
                return false;
            }
            String pinned = person.equals(fixed) ? at : c.pinOf(person).map(x -> x.coachId()).orElse(null);
            if (pinned != null && !pinned.equals(coach)) {
                return false;
            }
        }
        return true;
    }

    /** The rank each gets: position on their ballot, 0 when unranked or not voted. */
    private int[] ranks(int[] choice) {
        int[] ranks = new int[choice.length];
        for (int p = 0; p < choice.length; p++) {
            List<String> ballot = session.coaching().ballotOf(people.get(p).id()).map(b -> b.ranking()).orElse(List.of());
            ranks[p] = ballot.indexOf(coaches.get(choice[p]).id()) + 1;
        }
        return ranks;
    }

    private List<Long> key(CoachingPolicy policy, int[] choice) {
        int[] ranks = ranks(choice);
        int k = coaches.size();
        long unranked = 0;
        long sum = 0;
        long[] count = new long[k + 1];
        for (int r : ranks) {
            if (r == 0) {
                unranked++;
            } else {
                count[r]++;
                sum += r;
            }
        }
        List<Long> key = new ArrayList<>();
        key.add(unranked); // always first: as few with a coach they did not rank
        switch (policy) {
            case RANK_MAXIMAL -> {
                for (int r = 1; r <= k; r++) {
                    key.add(-count[r]); // as many 1st choices as possible, then 2nd, ...
                }
            }
            case FAIR -> {
                for (int r = k; r >= 1; r--) {
                    key.add(count[r]); // as few at the worst rank as possible, then the next worse, ...
                }
            }
            case SUM -> {
                key.add(sum); // the smallest sum of ranks, then rank-maximal
                for (int r = 1; r <= k; r++) {
                    key.add(-count[r]);
                }
            }
        }
        return key;
    }

    /** The key of an outcome given as counts per rank and unranked (the engine's profile). */
    List<Long> key(CoachingPolicy policy, org.zielbild.assign.Profile profile) {
        int k = coaches.size();
        List<Long> key = new ArrayList<>();
        key.add((long) profile.unranked());
        switch (policy) {
            case RANK_MAXIMAL -> {
                for (int r = 1; r <= k; r++) {
                    key.add((long) -profile.count(r));
                }
            }
            case FAIR -> {
                for (int r = k; r >= 1; r--) {
                    key.add((long) profile.count(r));
                }
            }
            case SUM -> {
                long sum = 0;
                for (int r = 1; r <= k; r++) {
                    sum += (long) r * profile.count(r);
                }
                key.add(sum);
                for (int r = 1; r <= k; r++) {
                    key.add((long) -profile.count(r));
                }
            }
        }
        return key;
    }

    static int compare(List<Long> a, List<Long> b) {
        for (int i = 0; i < a.size(); i++) {
            int c = Long.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
