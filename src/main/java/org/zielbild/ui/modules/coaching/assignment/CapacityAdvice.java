package org.zielbild.ui.modules.coaching.assignment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zielbild.domain.coaching.Coach;

/**
 * More participants than places: which capacities to raise, and by how much. The missing places go
 * one by one to the coach most wanted beyond their places (1st choices minus capacity; on a tie
 * the smaller coach, then the one listed first), so the advice also makes the most 1st choices possible.
 */
public final class CapacityAdvice {

    /** Raise {@code coach} from {@code from} to {@code to} places. */
    public record Raise(Coach coach, int from, int to) {
    }

    private CapacityAdvice() {
    }

    /**
     * @param firstChoices per coach id, how many voters ranked them first
     * @param missing      participants minus places (at least 1)
     */
    public static List<Raise> raises(List<Coach> coaches, Map<String, Integer> firstChoices, int missing) {
        Map<Coach, Integer> capacity = new LinkedHashMap<>();
        coaches.forEach(c -> capacity.put(c, c.capacity()));
        for (int i = 0; i < missing && !coaches.isEmpty(); i++) {
            Coach best = coaches.get(0);
            int bestGap = Integer.MIN_VALUE;
            for (Coach c : coaches) {
                int gap = firstChoices.getOrDefault(c.id(), 0) - capacity.get(c);
                if (gap > bestGap || gap == bestGap && capacity.get(c) < capacity.get(best)) {
                    best = c;
                    bestGap = gap;
                }
            }
            capacity.merge(best, 1, Integer::sum);
        }
        List<Raise> raises = new ArrayList<>();
        capacity.forEach((c, to) -> {
            if (to != c.capacity()) {
                raises.add(new Raise(c, c.capacity(), to));
            }
        });
        return raises;
    }
}
