package org.zielbild.domain.target;

/**
 * How a rating round collects its answers. Fixed when the round starts.
 *
 * <p>Ballots are stored the same way whoever collects them, so a later mode (phones on the local
 * network) adds a constant here and casts {@link RatingBallot}s like {@link #PRIVATE_BALLOTS}.
 */
public enum RatingMode {
    /** The facilitator counts raised hands and types the yes and no counts; the rest of those present abstain. */
    SHOW_OF_HANDS,
    /** The laptop goes round: one private ballot after another. */
    PRIVATE_BALLOTS
}
