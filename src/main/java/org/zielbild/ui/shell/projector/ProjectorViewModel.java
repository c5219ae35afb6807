package org.zielbild.ui.shell.projector;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import org.zielbild.domain.Session;
import org.zielbild.domain.agenda.Stage;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.shell.run.TimerDisplay;

/**
 * What the projector shows, worked out from the session, the current stage and the room's timer.
 * It only reads: it gets observable values, never the session model, so it cannot change anything.
 * Changes mark it dirty; the next {@link Pulse} computes one new {@link ProjectorFrame}, however
 * many changes came in between.
 */
public final class ProjectorViewModel {

    private final ObservableValue<Session> session;
    private final ObservableValue<String> stageId;
    private final ObservableValue<TimerDisplay> timer;
    private final ObservableValue<Boolean> black;
    private final ObservableValue<Boolean> frozen;
    /** The room's texts: in the session's language, whatever the UI speaks (decision 0062). */
    private I18n i18n;
    private final Pulse pulse;
    private final ReadOnlyObjectWrapper<ProjectorFrame> frame = new ReadOnlyObjectWrapper<>();
    private final InvalidationListener dirty = obs -> invalidate();
    private boolean scheduled;
    private long frames;

    public ProjectorViewModel(ObservableValue<Session> session, ObservableValue<String> stageId,
                              ObservableValue<TimerDisplay> timer, ObservableValue<Boolean> black,
                              ObservableValue<Boolean> frozen, I18n i18n, Pulse pulse) {
        this.session = Objects.requireNonNull(session);
        this.stageId = Objects.requireNonNull(stageId);
        this.timer = Objects.requireNonNull(timer);
        this.black = Objects.requireNonNull(black);
        this.frozen = Objects.requireNonNull(frozen);
        this.i18n = Objects.requireNonNull(i18n);
        this.pulse = Objects.requireNonNull(pulse);
        for (ObservableValue<?> source : sources()) {
            source.addListener(dirty);
        }
        frame.set(compute());
        frames = 1;
    }

    /** The latest frame; changes at most once per pulse. */
    public ReadOnlyObjectProperty<ProjectorFrame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    /** How many different frames were produced (for tests and the redraw measurement). */
    public long frames() {
        return frames;
    }

    /** Stops observing. */
    public void dispose() {
        for (ObservableValue<?> source : sources()) {
            source.removeListener(dirty);
        }
    }

    private List<ObservableValue<?>> sources() {
        return List.of(session, stageId, timer, black, frozen);
    }

    private void invalidate() {
        if (!scheduled) {
            scheduled = true;
            pulse.next(this::drain);
        }
    }

    private void drain() {
        scheduled = false;
        ProjectorFrame next = compute();
        if (!next.equals(frame.get())) {
            frames++;
            frame.set(next);
        }
    }

    private ProjectorFrame compute() {
        Session s = session.getValue();
        i18n = i18n.forLanguage(s.info().language());
        String id = stageId.getValue();
        Optional<Stage> stage = id == null ? Optional.empty() : s.agenda().find(id);
        String title = stage.map(Stage::title).orElse(s.info().title());
        String position = stage.map(st -> i18n.t("projector.position", s.agenda().indexOf(st.id()) + 1,
                s.agenda().stages().size())).orElse("");
        List<String> prompts = stage.map(Stage::prompts).orElse(List.of());
        TimerDisplay t = timer.getValue();
        return new ProjectorFrame(stage.map(Stage::id).orElse(null), title, position, prompts, t, caption(t),
                Boolean.TRUE.equals(black.getValue()), Boolean.TRUE.equals(frozen.getValue()), i18n.language());
    }

    private String caption(TimerDisplay t) {
        if (t == null) {
            return "";
        }
        if (t.paused()) {
            return i18n.t("projector.timer.paused");
        }
        return switch (t.phase()) {
            case LAST_MINUTE -> i18n.t("projector.timer.lastMinute");
            case TIME_UP -> i18n.t("projector.timer.timeUp");
            default -> t.kind() == TimerDisplay.Kind.FREE ? t.title() : "";
        };
    }
}
