package org.zielbild.domain.board;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** One participant's dots in a dot vote: how many dots on which note. */
public record DotBallot(String participantId, Map<String, Integer> dots) {

    public DotBallot {
        Objects.requireNonNull(participantId, "participantId");
        // Sorted and without zero counts: equal ballots are equal values and serialise the same way.
        TreeMap<String, Integer> clean = new TreeMap<>();
        if (dots != null) {
            dots.forEach((note, n) -> {
                if (n != null && n > 0) {
                    clean.put(note, n);
                }
            });
        }
        dots = Collections.unmodifiableMap(clean);
    }

    public int total() {
        return dots.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int on(String noteId) {
        return dots.getOrDefault(noteId, 0);
    }

    /** The ballot with {@code delta} more (or fewer) dots on the note. */
    DotBallot plus(String noteId, int delta) {
        TreeMap<String, Integer> m = new TreeMap<>(dots);
        m.merge(noteId, delta, Integer::sum);
        return new DotBallot(participantId, m);
    }

    DotBallot without(java.util.Set<String> noteIds) {
        TreeMap<String, Integer> m = new TreeMap<>(dots);
        m.keySet().removeAll(noteIds);
        return new DotBallot(participantId, m);
    }
}
