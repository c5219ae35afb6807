package org.zielbild.ui.shell.projector;

import java.util.List;
import org.zielbild.domain.Language;
import org.zielbild.ui.shell.run.TimerDisplay;

/**
 * Everything the projector shows, as one value: the view redraws when a new frame differs from
 * the last. Holds only what the room may see.
 *
 * @param stageId      whose module projection to show; null when the agenda is empty
 * @param position     e.g. "2 / 7"
 * @param prompts      the stage's prompts for the room (guiding questions, board areas)
 * @param timer        the timer the room sees; null for none
 * @param timerCaption what the timer means right now ("Last minute", a free timer's label...)
 * @param language     the room's language (the session's), in which all these words are written
 */
public record ProjectorFrame(String stageId, String title, String position, List<String> prompts,
                             TimerDisplay timer, String timerCaption, boolean black, boolean frozen,
                             Language language) {

    public ProjectorFrame {
        prompts = List.copyOf(prompts);
    }
}
