package org.zielbild.ui.shell.session;

import java.util.ArrayList;
import java.util.List;
import org.zielbild.domain.Session;
import org.zielbild.domain.agenda.Stage;
import org.zielbild.domain.day.StageRun;
import org.zielbild.domain.day.Timing;

/**
 * One row of the agenda sidebar: exactly what the row shows, so two lines are equal when the row
 * would look the same (a changed instruction text or a pause elsewhere leaves the row alone).
 *
 * @param ranMinutes the active minutes of a stage that ran and ended (for {@link Run#RAN})
 */
public record StageRow(String stageId, int number, String title, String moduleId, int minutes, Run run,
                       long ranMinutes) {

    /** Whether and how a stage has run today. */
    public enum Run { NOT_YET, RUNNING, PAUSED, RAN }

    /** The rows for a session: its stages in order with how each has run. */
    public static List<StageRow> of(Session session) {
        List<Stage> stages = session.agenda().stages();
        List<StageRow> lines = new ArrayList<>(stages.size());
        for (int i = 0; i < stages.size(); i++) {
            Stage s = stages.get(i);
            StageRun run = session.dayLog().runOf(s.id()).orElse(null);
            Run state = run == null ? Run.NOT_YET : !run.live() ? Run.RAN : run.timing().paused() ? Run.PAUSED : Run.RUNNING;
            long ran = 0;
            if (state == Run.RAN) {
                Timing t = run.timing();
                ran = Math.round(t.activeTime(t.ended()).toSeconds() / 60.0);
            }
            lines.add(new StageRow(s.id(), i + 1, s.title(), s.moduleId(), s.timeBoxMinutes(), state, ran));
        }
        return lines;
    }
}
