package org.zielbild.ui.modules.coaching;

import org.zielbild.domain.coaching.Coach;
import org.zielbild.domain.coaching.CoachingStep;
import org.zielbild.domain.coaching.RoomView;

/** One step of the pitch sequence: a coach's pitch or the questions after it. */
public record PitchStep(CoachingStep kind, Coach coach) {

    public RoomView view() {
        return new RoomView(kind, coach.id());
    }
}
