package org.zielbild.domain.target;

/**
 * The counted answers for one item of a round and its gate.
 *
 * @param round the round it was counted in (its mode, base, threshold and number present)
 * @param item  what was rated, with the wording of that round
 */
public record ItemResult(RatingRound round, RoundItem item, GateResult gate) {

    public boolean carries() {
        return gate.carries();
    }

    public Criterion benefit() {
        return gate.benefit();
    }

    public Criterion attractive() {
        return gate.attractive();
    }

    /**
     * Benefit and attractiveness diverge strongly (the yes shares differ by at least a third of the
     * base), or a large minority (at least a third of the base) says no to either: a prompt to ask
     * the room, never a verdict.
     */
    public boolean dissent() {
        return diverges() || largeMinority(benefit()) || largeMinority(attractive());
    }

    /** The yes shares of the two questions differ strongly. */
    public boolean diverges() {
        return Math.abs(benefit().yesShare() - attractive().yesShare()) >= 1.0 / 3;
    }

    private static boolean largeMinority(Criterion c) {
        return c.base() > 0 && 3L * c.tally().no() >= c.base();
    }
}
