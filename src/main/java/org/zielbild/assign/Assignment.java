package org.zielbild.assign;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An optimal assignment, with what is needed to reproduce and audit it.
 *
 * @param placements one per ballot, in ballot order
 * @param byCoach    participants per coach, coaches in input order (coaches with nobody included),
 *                   participants in ballot order
 */
public record Assignment(
        Policy policy, long seed, List<Placement> placements, Profile profile, Map<String, List<String>> byCoach) {

    public Assignment {
        placements = List.copyOf(placements);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        byCoach.forEach((coach, participants) -> copy.put(coach, List.copyOf(participants)));
        byCoach = Collections.unmodifiableMap(copy);
    }
}
