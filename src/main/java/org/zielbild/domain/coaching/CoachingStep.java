package org.zielbild.domain.coaching;

/** What the room sees of the coach round, in the order of the round. */
public enum CoachingStep {
    /** The coaches at a glance, before the pitches. */
    OVERVIEW,
    /** One coach's pitch: name, photo, style; the pitch timer runs. */
    PITCH,
    /** Questions to the coach who just pitched. */
    QUESTIONS,
    /** The secret ranking: only how many have chosen. */
    RANKING,
    /** The groups per coach and the ranks received; never anyone's ranking. */
    ANNOUNCEMENT;

    /** Whether the step is about one coach. */
    public boolean hasCoach() {
        return this == PITCH || this == QUESTIONS;
    }
}
