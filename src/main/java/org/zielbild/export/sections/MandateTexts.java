package org.zielbild.export.sections;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zielbild.domain.DateTexts;
import org.zielbild.domain.Language;
import org.zielbild.domain.Session;
import org.zielbild.domain.mandate.Action;
import org.zielbild.domain.mandate.ActionLink;
import org.zielbild.domain.mandate.MandateTeams;
import org.zielbild.domain.mandate.Readiness;
import org.zielbild.domain.mandate.StatementLink;
import org.zielbild.export.model.Block;

/**
 * How the mandates section words things: statements by their place on the poster ("S3", as the
 * target picture's part names them), dates as the app shows them ("6 Dec 2026" / "06.12.2026"),
 * removed statements, teams and owners marked in words and still readable.
 */
final class MandateTexts {

    private final MinutesTexts texts;
    private final Session session;
    private final Language language;

    MandateTexts(MinutesTexts texts, Session session) {
        this.texts = texts;
        this.session = session;
        this.language = session.info().language();
    }

    String t(String key, Object... args) {
        return texts.t(key, args);
    }

    /** "S3" for the third statement on the poster; "–" when the statement was removed. */
    String refOf(String statementId) {
        List<String> ids = session.target().statements().stream().map(s -> s.id()).toList();
        int i = ids.indexOf(statementId);
        return i < 0 ? t("minutes.none") : "S" + (i + 1);
    }

    String ref(StatementLink link) {
        return link.removedFrom(session.target()) ? t("minutes.mandates.removedRef") : refOf(link.statementId());
    }

    Block.Item statementItem(StatementLink link) {
        String text = link.textIn(session.target());
        return link.removedFrom(session.target())
                ? new Block.Item(t("minutes.mandates.removedStatement", text), "")
                : new Block.Item(text, refOf(link.statementId()));
    }

    /** The statements an action serves, for the CSV: its link's, or the linked mandate's. */
    List<String> linkRefs(Action a) {
        ActionLink link = a.link();
        if (link == null) {
            return List.of();
        }
        if (link.kind() == ActionLink.Kind.STATEMENT) {
            boolean gone = session.target().statement(link.targetId()).isEmpty();
            return List.of(gone ? t("minutes.mandates.removedRef") : refOf(link.targetId()));
        }
        return session.mandates().mandate(link.targetId()).map(m -> m.statements().stream().map(this::ref).toList())
                .orElse(List.of());
    }

    String readiness(Readiness r) {
        List<String> missing = new ArrayList<>();
        r.checks().stream().filter(c -> !c.met()).forEach(c -> missing.add(t("minutes.mandates.ready." + c.item().name())));
        String count = t("minutes.mandates.readyCount", r.met(), r.total());
        return missing.isEmpty() ? count : t("minutes.mandates.readyMissing", count, String.join("; ", missing));
    }

    /** What, owner, due date, status, link (and team for the day's list), flags in words. */
    Block.Table actionsTable(List<Action> actions, boolean withTeam) {
        List<Block.Column> columns = new ArrayList<>();
        columns.add(new Block.Column(t("minutes.actions.what"), false));
        if (withTeam) {
            columns.add(new Block.Column(t("minutes.actions.team"), false));
        }
        for (String key : List.of("owner", "due", "status", "link")) {
            columns.add(new Block.Column(t("minutes.actions." + key), false));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Action a : actions) {
            List<String> row = new ArrayList<>();
            row.add(a.firstStep().isBlank() ? a.what() : t("minutes.actions.withFirstStep", a.what(), a.firstStep()));
            if (withTeam) {
                row.add(team(a));
            }
            row.add(owner(a));
            row.add(due(a));
            row.add(t("minutes.actions.status." + a.status().name()));
            row.add(link(a));
            rows.add(row);
        }
        return new Block.Table(columns, rows);
    }

    /** The date as the app shows it, "(overdue)" when it had passed on the day of the session. */
    private String due(Action a) {
        if (a.due() == null) {
            return t("minutes.none");
        }
        String date = DateTexts.format(a.due(), language);
        LocalDate day = session.info().date();
        return day != null && a.overdue(day) ? t("minutes.actions.overdue", date) : date;
    }

    private String team(Action a) {
        if (a.teamId() == null) {
            return t("minutes.actions.wholeSession");
        }
        String name = MandateTeams.teamName(session, a.teamId());
        return session.roster().team(a.teamId()).isPresent() ? name : t("minutes.mandates.removedTeam", name);
    }

    private String owner(Action a) {
        if (a.ownerId() == null) {
            return t("minutes.none");
        }
        String name = MandateTeams.ownerName(session, a);
        return MandateTeams.formerOwner(session, a) ? t("minutes.actions.formerOwner", name) : name;
    }

    private String link(Action a) {
        ActionLink link = a.link();
        if (link == null) {
            return t("minutes.none");
        }
        String text = MandateTeams.linkText(session, link);
        if (MandateTeams.linkGone(session, link)) {
            return t(link.kind() == ActionLink.Kind.STATEMENT ? "minutes.mandates.removedStatement"
                    : "minutes.actions.removedMandate", text);
        }
        return link.kind() == ActionLink.Kind.STATEMENT ? refOf(link.targetId()) + " " + text
                : t("minutes.actions.mandateOf", text);
    }
}
