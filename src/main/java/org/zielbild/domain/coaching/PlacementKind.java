package org.zielbild.domain.coaching;

/** The three groups a computed assignment keeps apart. */
public enum PlacementKind {
    /** Placed with a coach they ranked. */
    RANKED,
    /** Voted, but placed with a coach they did not rank: the capacities (or a pin, or forbidden pairs) forced it. */
    UNRANKED,
    /** Did not vote: placed into a place left after the voters, or pinned by the facilitator. */
    NOT_VOTED
}
