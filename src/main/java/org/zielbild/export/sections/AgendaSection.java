package org.zielbild.export.sections;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.zielbild.domain.day.DayForecast;
import org.zielbild.domain.day.StageTiming;
import org.zielbild.export.model.Block;
import org.zielbild.export.model.MinutesPart;

/**
 * The agenda, planned against actual: the day view's numbers ({@link DayForecast}) at the moment of
 * the export, so a stage still running counts up to then.
 */
final class AgendaSection implements MinutesSection {

    static final String KEY = "agenda";

    @Override
    public List<PlacedPart> parts(MinutesContext context) {
        if (context.session().agenda().stages().isEmpty()) {
            return List.of();
        }
        MinutesTexts t = context.texts();
        DayForecast day = DayForecast.of(context.session(), context.now());
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (StageTiming s : day.stages()) {
            n++;
            boolean ran = s.state() != StageTiming.State.NOT_STARTED;
            rows.add(List.of(String.valueOf(n), s.title(), t.t("minutes.minutes", s.plannedMinutes()),
                    ran ? t.time(s.started()) : t.t("minutes.none"),
                    s.ended() != null ? t.time(s.ended()) : ran ? t.t("minutes.agenda.running") : t.t("minutes.none"),
                    ran ? t.t("minutes.minutes", minutes(s.actual())) : t.t("minutes.none"),
                    ran ? signed(t, minutes(s.actual()) - s.plannedMinutes()) : t.t("minutes.none")));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(summary(t, day), false));
        blocks.add(new Block.Table(List.of(
                new Block.Column("#", true),
                new Block.Column(t.t("minutes.agenda.stage"), false),
                new Block.Column(t.t("minutes.agenda.planned"), true),
                new Block.Column(t.t("minutes.agenda.start"), true),
                new Block.Column(t.t("minutes.agenda.end"), true),
                new Block.Column(t.t("minutes.agenda.actual"), true),
                new Block.Column(t.t("minutes.agenda.difference"), true)), rows));
        return List.of(PlacedPart.opening(new MinutesPart(KEY, t.t("minutes.agenda.title"), blocks)));
    }

    private static String summary(MinutesTexts t, DayForecast day) {
        if (day.dayStarted() == null) {
            return t.t("minutes.agenda.notStarted", day.stages().size(), day.plannedMinutes());
        }
        String start = t.time(day.dayStarted());
        String plannedEnd = t.time(day.plannedEnd());
        if (day.finished()) {
            return t.t("minutes.agenda.finished", start, plannedEnd, t.time(day.projectedEnd()),
                    signed(t, minutes(day.delay())));
        }
        return t.t("minutes.agenda.underway", start, plannedEnd);
    }

    /** Whole minutes, rounded the way the day view rounds. */
    static long minutes(Duration d) {
        return Math.round(d.toSeconds() / 60.0);
    }

    private static String signed(MinutesTexts t, long minutes) {
        return minutes == 0 ? t.t("minutes.agenda.onTime")
                : t.t("minutes.minutes", (minutes > 0 ? "+" : "−") + Math.abs(minutes));
    }
}
