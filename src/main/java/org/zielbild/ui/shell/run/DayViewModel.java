package org.zielbild.ui.shell.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.zielbild.domain.Session;
import org.zielbild.domain.day.DayForecast;
import org.zielbild.domain.day.StageTiming;
import org.zielbild.ui.common.I18n;

/** The day view's lines, formatted in the UI language and the computer's time zone. */
public final class DayViewModel {

    /** One stage: plan against actual, ready to show. {@code late}: it took longer than planned. */
    public record Row(int number, String title, String planned, String start, String end, String actual,
                      String deviation, StageTiming.State state, boolean late) {
    }

    private final I18n i18n;
    private final Clock clock;
    private final DateTimeFormatter time;
    private final ReadOnlyObjectWrapper<List<Row>> rows = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper delay = new ReadOnlyStringWrapper("");

    public DayViewModel(I18n i18n, Clock clock) {
        this.i18n = i18n;
        this.clock = clock;
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(i18n.locale())
                .withZone(clock.getZone());
    }

    public ReadOnlyObjectProperty<List<Row>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** Start, planned end and expected end of the day in one line. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** "Running 12 min late." and the like; empty before the start. */
    public ReadOnlyStringProperty delayProperty() {
        return delay.getReadOnlyProperty();
    }

    /** Reads the session again at the clock's time. */
    public void refresh(Session session) {
        Instant now = clock.instant();
        DayForecast f = DayForecast.of(session, now);
        List<Row> list = new ArrayList<>();
        int n = 1;
        for (StageTiming t : f.stages()) {
            list.add(row(n++, t));
        }
        rows.set(List.copyOf(list));
        if (f.dayStarted() == null) {
            summary.set(i18n.t("day.notStarted", f.plannedMinutes() / 60, String.format("%02d", f.plannedMinutes() % 60)));
            delay.set("");
            return;
        }
        summary.set(i18n.t(f.finished() ? "day.finished" : "day.started", time.format(f.dayStarted()),
                time.format(f.plannedEnd()), time.format(f.projectedEnd())));
        long minutes = Math.round(f.delay().toSeconds() / 60.0);
        delay.set(minutes > 0 ? i18n.t("day.delay.late", minutes)
                : minutes < 0 ? i18n.t("day.delay.early", -minutes) : i18n.t("day.delay.onTime"));
    }

    private Row row(int number, StageTiming t) {
        String none = i18n.t("day.none");
        boolean started = t.state() != StageTiming.State.NOT_STARTED;
        String planned = t.extraMinutes() == 0 ? minutes(t.plannedMinutes())
                : minutes(t.plannedMinutes()) + " " + TimerText.minutes(Duration.ofMinutes(t.extraMinutes()), true);
        String end = switch (t.state()) {
            case RUNNING -> i18n.t("day.state.running");
            case PAUSED -> i18n.t("day.state.paused");
            case DONE -> time.format(t.ended());
            case NOT_STARTED -> none;
        };
        // A stage still running has no deviation yet, unless it is already over its time.
        boolean over = t.deviation().toSeconds() >= 60;
        boolean showDeviation = t.state() == StageTiming.State.DONE || started && over;
        return new Row(number, t.title(), planned, started ? time.format(t.started()) : none, end,
                started ? actual(t.actual()) : none,
                showDeviation ? TimerText.minutes(t.deviation(), true) : none, t.state(), started && over);
    }

    /**
     * A run under a minute reads "< 1 min", never "0 min": "–" means the stage did not run (left
     * within 30 s untouched, it is not recorded), a number that it did (issue 15).
     */
    private String actual(Duration d) {
        long m = Math.round(d.toSeconds() / 60.0);
        return m < 1 ? i18n.t("day.underMinute") : minutes(m);
    }

    private String minutes(long m) {
        return i18n.t("day.minutes", m);
    }
}
