package org.zielbild.assign;

/**
 * Seeded pseudo-random weights that decide between equally good assignments. They depend only on
 * the seed and the names, never on input order, so a run can be repeated and checked by anyone.
 */
final class TieBreak {

    /** Weights are below 2^30: sums over thousands of edges stay far from overflowing a long. */
    static final int BITS = 30;

    private final long seed;

    TieBreak(long seed) {
        this.seed = seed;
    }

    /** Weight of placing {@code participant} with a coach they ranked. */
    long ranked(String participant, String coach) {
        return draw(1, participant, coach);
    }

    /**
     * Unranked placements weigh {@code unrankedParticipant + unrankedCoach}: the split lets the
     * network route them through one shared node instead of an edge per pair.
     */
    long unrankedParticipant(String participant) {
        return draw(2, participant, "");
    }

    long unrankedCoach(String coach) {
        return draw(3, "", coach);
    }

    /** Decides only who of the unranked participants goes to which of the coaches taking them. */
    long unrankedPair(String participant, String coach) {
        return draw(4, participant, coach);
    }

    private long draw(long salt, String participant, String coach) {
        long h = mix(seed ^ (salt * 0x9E3779B97F4A7C15L));
        h = mix(h ^ fnv(participant));
        h = mix(h ^ fnv(coach));
        return h >>> (Long.SIZE - BITS);
    }

    /** FNV-1a over UTF-16 units: stable across JVMs and runs, unlike identity hashes. */
    private static long fnv(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }

    /** The SplitMix64 finaliser. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
