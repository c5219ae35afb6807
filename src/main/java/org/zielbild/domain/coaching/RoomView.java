package org.zielbild.domain.coaching;

/**
 * What the wall shows of the coach round.
 *
 * @param coachId the coach of a pitch or question round; null for the other steps
 */
public record RoomView(CoachingStep step, String coachId) {

    public static final RoomView OVERVIEW = new RoomView(CoachingStep.OVERVIEW, null);

    public RoomView {
        step = step == null ? CoachingStep.OVERVIEW : step;
    }

    public static RoomView of(CoachingStep step) {
        return new RoomView(step, null);
    }

    public static RoomView pitch(String coachId) {
        return new RoomView(CoachingStep.PITCH, coachId);
    }

    public static RoomView questions(String coachId) {
        return new RoomView(CoachingStep.QUESTIONS, coachId);
    }
}
