package org.zielbild.domain.coaching;

import org.zielbild.domain.DomainException;

/**
 * How the coach round runs.
 *
 * @param pitchMinutes each coach's pitch
 * @param qaMinutes    the questions after each pitch; 0 = no question round
 * @param ballotLength how many coaches each participant ranks; 0 = all of them
 * @param countsOnly   the announcement shows how many joined each coach, not their names
 */
public record CoachingPlan(int pitchMinutes, int qaMinutes, int ballotLength, boolean countsOnly) {

    public static final CoachingPlan DEFAULT = new CoachingPlan(5, 3, 0, false);
    public static final int MAX_MINUTES = 120;

    public boolean hasQuestions() {
        return qaMinutes > 0;
    }

    /** How many coaches a ballot on the ballot screen ranks, with {@code coaches} coaches to rank. */
    public int ranksToGive(int coaches) {
        return ballotLength <= 0 ? coaches : Math.min(ballotLength, coaches);
    }

    CoachingPlan validated() {
        if (pitchMinutes < 1 || pitchMinutes > MAX_MINUTES) {
            throw DomainException.of("error.coaching.pitchMinutes", 1, MAX_MINUTES);
        }
        if (qaMinutes < 0 || qaMinutes > MAX_MINUTES) {
            throw DomainException.of("error.coaching.qaMinutes", 0, MAX_MINUTES);
        }
        if (ballotLength < 0 || ballotLength > Coach.MAX_COACHES) {
            throw DomainException.of("error.coaching.ballotLength", 0, Coach.MAX_COACHES);
        }
        return this;
    }
}
