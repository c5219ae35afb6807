package org.zielbild.export.sections;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.zielbild.domain.Session;
import org.zielbild.domain.TargetPictureDay;
import org.zielbild.domain.agenda.Stage;
import org.zielbild.domain.mandate.Action;
import org.zielbild.domain.mandate.Coverage;
import org.zielbild.domain.mandate.Guideline;
import org.zielbild.domain.mandate.Mandate;
import org.zielbild.domain.mandate.MandateTeams;
import org.zielbild.domain.mandate.Readiness;
import org.zielbild.domain.mandate.StatementLink;
import org.zielbild.domain.mandate.TeamMandate;
import org.zielbild.export.model.Block;
import org.zielbild.export.model.DataTable;
import org.zielbild.export.model.Fact;
import org.zielbild.export.model.MinutesPart;
import org.zielbild.export.tables.ActionsTable;

/**
 * The teams' mandates and the day's actions (docs/decisions/0120): at the mandates stage, per team
 * (removed teams that still hold something included, marked) its mandate, value, readiness, the
 * statements it serves, its guidelines with their behaviours and its actions; then the coverage of
 * the carried statements, naming in words the ones no team serves. At the closing, the day's one
 * action list sorted by due date. Owners are named: the room saw them on the wall and the list.
 * Readiness and "overdue" are judged on the day of the session, so the same session gives the same
 * minutes whenever they are made.
 */
final class MandateSection implements MinutesSection {

    static final String KEY = "mandates";
    static final String ACTIONS_KEY = "actions";

    @Override
    public List<PlacedPart> parts(MinutesContext context) {
        Session s = context.session();
        if (s.mandates().isEmpty()) {
            return List.of();
        }
        MandateTexts x = new MandateTexts(context.texts(), s);
        List<PlacedPart> parts = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        for (TeamMandate team : MandateTeams.of(s)) {
            if (!team.removed() || !team.mandate().isBlank() || !team.actions().isEmpty()) {
                blocks.addAll(team(x, s, team, day(s)));
            }
        }
        blocks.addAll(coverage(x, Coverage.of(s)));
        parts.add(placed(s, TargetPictureDay.MANDATES, new MinutesPart(KEY, x.t("minutes.mandates.title"), blocks)));
        List<Action> all = s.mandates().actions();
        if (!all.isEmpty()) {
            parts.add(placed(s, TargetPictureDay.CLOSING, new MinutesPart(ACTIONS_KEY, x.t("minutes.actions.title"),
                    dayList(x, all))));
        }
        return parts;
    }

    @Override
    public List<DataTable> tables(MinutesContext context, TableOptions options) {
        Session s = context.session();
        MandateTexts x = new MandateTexts(context.texts(), s);
        List<ActionsTable.Action> rows = new ArrayList<>();
        for (Action a : s.mandates().actions()) {
            rows.add(new ActionsTable.Action(MandateTeams.teamName(s, a.teamId()), a.what(), MandateTeams.ownerName(s, a),
                    a.due(), a.status().name().toLowerCase(java.util.Locale.ROOT), x.linkRefs(a)));
        }
        List<List<String>> mandates = new ArrayList<>();
        for (TeamMandate team : MandateTeams.of(s)) {
            Mandate m = team.mandate();
            if (m.isBlank() && team.actions().isEmpty()) {
                continue;
            }
            Readiness r = Readiness.of(team, s, day(s));
            mandates.add(List.of(team.name(), team.removed() ? "yes" : "no", m.text(), m.value(),
                    String.join("; ", m.statements().stream().map(x::ref).toList()),
                    String.valueOf(m.guidelines().size()),
                    String.valueOf(m.guidelines().stream().mapToInt(g -> g.behaviours().size()).sum()),
                    String.valueOf(team.actions().size()), r.met() + "/" + r.total()));
        }
        return List.of(ActionsTable.of(rows), new DataTable("mandates", List.of("team", "team_removed", "mandate", "value",
                "linked_statements", "guidelines", "behaviours", "actions", "readiness"), mandates));
    }

    private static List<Block> team(MandateTexts x, Session s, TeamMandate team, LocalDate day) {
        Mandate m = team.mandate();
        Readiness r = Readiness.of(team, s, day);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(team.removed() ? x.t("minutes.mandates.removedTeam", team.name()) : team.name(), 1));
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(x.t("minutes.mandates.mandate"), m.text().isBlank() ? x.t("minutes.mandates.noMandate") : m.text()));
        if (!m.value().isBlank()) {
            facts.add(new Fact(x.t("minutes.mandates.value"), m.value()));
        }
        facts.add(new Fact(x.t("minutes.mandates.readiness"), x.readiness(r)));
        blocks.add(new Block.Facts(facts));
        blocks.add(new Block.Paragraph(x.t("minutes.mandates.serves"), false));
        if (m.statements().isEmpty()) {
            blocks.add(new Block.Paragraph(x.t("minutes.mandates.noStatements"), true));
        } else {
            blocks.add(new Block.Items(m.statements().stream().map(l -> x.statementItem(l)).toList()));
        }
        blocks.add(new Block.Paragraph(x.t("minutes.mandates.guidelines"), false));
        if (m.guidelines().isEmpty()) {
            blocks.add(new Block.Paragraph(x.t("minutes.mandates.noGuidelines"), true));
        } else {
            List<Block.Item> items = new ArrayList<>();
            for (Guideline g : m.guidelines()) {
                items.add(new Block.Item(g.text(), "", g.behaviours().stream().map(b -> new Block.Item(b.how().isBlank()
                        ? b.what() : x.t("minutes.mandates.behaviour", b.what(), b.how()), "")).toList()));
            }
            blocks.add(new Block.Items(items));
        }
        blocks.add(new Block.Paragraph(x.t("minutes.mandates.actions"), false));
        if (team.actions().isEmpty()) {
            blocks.add(new Block.Paragraph(x.t("minutes.mandates.noActions"), true));
        } else {
            blocks.add(x.actionsTable(team.actions(), false));
        }
        return blocks;
    }

    private static List<Block> coverage(MandateTexts x, Coverage c) {
        if (c.rows().isEmpty()) {
            return List.of();
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(x.t("minutes.mandates.coverage"), 1));
        List<Block.Column> columns = new ArrayList<>();
        columns.add(new Block.Column(x.t("minutes.mandates.statement"), false));
        c.teams().forEach(t -> columns.add(new Block.Column(t.name(), false)));
        List<List<String>> rows = new ArrayList<>();
        for (Coverage.Row row : c.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(x.refOf(row.statementId()) + " " + row.text());
            row.served().forEach(b -> cells.add(b ? x.t("minutes.mandates.serves.yes") : x.t("minutes.none")));
            rows.add(cells);
        }
        blocks.add(new Block.Table(columns, rows));
        List<Coverage.Row> open = c.uncovered();
        blocks.add(new Block.Paragraph(open.isEmpty() ? x.t("minutes.mandates.allCovered", c.rows().size())
                : x.t("minutes.mandates.uncovered", open.size(), c.rows().size()), false));
        if (!open.isEmpty()) {
            blocks.add(new Block.Items(open.stream().map(r -> new Block.Item(r.text(), x.refOf(r.statementId()))).toList()));
        }
        return blocks;
    }

    private static List<Block> dayList(MandateTexts x, List<Action> all) {
        // Soonest first, no date last; the list's order among equals (as the closing's list sorts).
        List<Action> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparing(Action::due, Comparator.nullsLast(Comparator.naturalOrder())));
        long done = all.stream().filter(a -> a.status() == org.zielbild.domain.mandate.ActionStatus.DONE).count();
        long incomplete = all.stream().filter(a -> !a.hasOwnerAndDue()).count();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(x.t("minutes.actions.summary", all.size(), done, incomplete), false));
        blocks.add(x.actionsTable(sorted, true));
        return blocks;
    }

    /** The day the session was held: readiness and "overdue" are judged then, not when the minutes are made. */
    private static LocalDate day(Session s) {
        return s.info().date() == null ? LocalDate.MIN : s.info().date();
    }

    /** At the first stage of that module, else the last stage, else the opening: a part always has a place. */
    private static PlacedPart placed(Session s, String moduleId, MinutesPart part) {
        List<Stage> stages = s.agenda().stages();
        if (stages.isEmpty()) {
            return PlacedPart.opening(part);
        }
        Stage at = stages.stream().filter(st -> st.moduleId().equals(moduleId)).findFirst()
                .orElse(stages.get(stages.size() - 1));
        return PlacedPart.atStage(at.id(), part);
    }
}
