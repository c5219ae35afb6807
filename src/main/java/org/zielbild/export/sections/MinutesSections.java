package org.zielbild.export.sections;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.zielbild.domain.SessionInfo;
import org.zielbild.export.model.DataTable;
import org.zielbild.export.model.Fact;
import org.zielbild.export.model.Minutes;
import org.zielbild.export.model.MinutesPart;

/**
 * Puts the sections together in the order of the day: the opening parts (participants, agenda) in
 * the order the sections are listed, then every part at its stage in agenda order (parts of one
 * stage in the order the sections are listed). A section with no data contributes nothing.
 */
public final class MinutesSections {

    private final List<MinutesSection> sections;

    public MinutesSections(List<MinutesSection> sections) {
        this.sections = List.copyOf(sections);
    }

    /**
     * The sections this build has. A new slice's section goes here; where its parts appear follows
     * from the stage they are placed at, so the place in this list matters only among parts of the
     * same stage (the mood comparison before the pains-and-gains board).
     */
    public static MinutesSections standard() {
        return new MinutesSections(List.of(
                new ParticipantsSection(),
                new AgendaSection(),
                new MoodSection(),
                new BoardsSection(),
                new TargetSection(),
                new MandateSection(),

                new CoachingSection()));
    }

    /** Every part with data, in the order of the day. */
    public List<MinutesPart> parts(MinutesContext context) {
        List<PlacedPart> placed = new ArrayList<>();
        for (MinutesSection section : sections) {
            placed.addAll(section.parts(context));
        }
        List<String> stageIds = context.session().agenda().stages().stream().map(s -> s.id()).toList();
        // A stable sort keeps the sections' order within the opening and within a stage.
        placed.sort(Comparator.comparingInt(p -> position(stageIds, p.stageId())));
        List<MinutesPart> parts = placed.stream().map(PlacedPart::part).toList();
        Set<String> keys = new HashSet<>();
        for (MinutesPart p : parts) {
            if (!keys.add(p.key())) {
                throw new IllegalStateException("two minutes parts with the key " + p.key());
            }
        }
        return parts;
    }

    /** The minutes with the parts {@code wanted} lets through. */
    public Minutes minutes(MinutesContext context, Predicate<String> wanted) {
        MinutesTexts t = context.texts();
        SessionInfo info = context.session().info();
        List<Fact> facts = new ArrayList<>();
        if (info.date() != null) {
            facts.add(new Fact(t.t("minutes.fact.date"), t.date(info.date())));
        }
        if (!info.place().isBlank()) {
            facts.add(new Fact(t.t("minutes.fact.place"), info.place()));
        }
        if (!info.facilitator().isBlank()) {
            facts.add(new Fact(t.t("minutes.fact.facilitator"), info.facilitator()));
        }
        List<MinutesPart> parts = parts(context).stream().filter(p -> wanted.test(p.key())).toList();
        return new Minutes(t.locale(), info.title(), facts, parts, t.t("minutes.footer", t.dateTime(context.now())));
    }

    /** The CSV tables with at least one row, each name once. */
    public List<DataTable> tables(MinutesContext context, TableOptions options) {
        List<DataTable> tables = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (MinutesSection section : sections) {
            for (DataTable table : section.tables(context, options)) {
                if (!names.add(table.name())) {
                    throw new IllegalStateException("two tables named " + table.name());
                }
                if (!table.rows().isEmpty()) {
                    tables.add(table);
                }
            }
        }
        return tables;
    }

    private static int position(List<String> stageIds, String stageId) {
        if (stageId == null) {
            return -1;
        }
        int i = stageIds.indexOf(stageId);
        return i < 0 ? stageIds.size() : i;
    }
}
