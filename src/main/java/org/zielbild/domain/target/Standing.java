package org.zielbild.domain.target;

/** Where a statement (or the picture as a whole) stands after the rounds shown so far. */
public enum Standing {
    /** No round that rated it has been revealed. */
    NOT_RATED,
    /** Its latest revealed round carried it. */
    CARRIES,
    /** Its latest revealed round did not carry it. */
    NEEDS_REWORK
}
