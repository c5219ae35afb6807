package org.zielbild.assign;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * How many participants got their 1st, 2nd, ... choice and how many a coach they did not rank.
 *
 * @param byRank {@code byRank.get(0)} is the number of 1st choices, and so on, up to the worst rank
 *               actually used (no trailing zeros), so equal outcomes have equal profiles
 */
public record Profile(List<Integer> byRank, int unranked) {

    public Profile {
        byRank = List.copyOf(byRank);
        if (!byRank.isEmpty() && byRank.get(byRank.size() - 1) == 0) {
            throw new IllegalArgumentException("trailing zero in " + byRank);
        }
    }

    public static Profile of(Collection<Placement> placements) {
        List<Integer> counts = new ArrayList<>();
        int unranked = 0;
        for (Placement placement : placements) {
            if (!placement.isRanked()) {
                unranked++;
                continue;
            }
            while (counts.size() < placement.rank()) {
                counts.add(0);
            }
            counts.set(placement.rank() - 1, counts.get(placement.rank() - 1) + 1);
        }
        return new Profile(counts, unranked);
    }

    /** Participants who got the coach they ranked at {@code rank} (1-based). */
    public int count(int rank) {
        return rank >= 1 && rank <= byRank.size() ? byRank.get(rank - 1) : 0;
    }

    public int participants() {
        return byRank.stream().mapToInt(Integer::intValue).sum() + unranked;
    }

    /** E.g. {@code 1st choice 15, 2nd choice 6, 3rd choice 2, unranked 0}; ranks nobody got are left out. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        for (int rank = 1; rank <= byRank.size(); rank++) {
            if (count(rank) > 0) {
                text.append(ordinal(rank)).append(" choice ").append(count(rank)).append(", ");
            }
        }
        return text.append("unranked ").append(unranked).toString();
    }

    static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = switch (lastTwo >= 11 && lastTwo <= 13 ? 0 : n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
