package org.zielbild.domain.coaching;

/**
 * What "best" meant for a computed assignment, once as few people as possible got a coach they did
 * not rank (the engine's {@code assign.Policy}, which the domain does not depend on).
 */
public enum CoachingPolicy {
    /** As many 1st choices as possible, then as many 2nd choices, and so on (the default). */
    RANK_MAXIMAL,
    /** As few people as possible at the worst rank anyone gets, then the next worse, and so on. */
    FAIR,
    /** The smallest sum of ranks. */
    SUM
}
