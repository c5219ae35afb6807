package org.zielbild.domain.mandate;

import java.time.LocalDate;
import java.util.List;
import org.zielbild.domain.Session;

/**
 * A team's readiness as a quiet checklist: it guides, it never blocks. Four checks (mandate written,
 * at least one linked statement, a guideline with a behaviour, actions each with owner and due date)
 * and flags that need a look (removed statements, former owners, overdue actions).
 *
 * @param overdue           actions due before today and not done
 * @param formerOwners      actions whose owner is no longer a participant
 * @param removedStatements linked statements removed from the picture since
 * @param incompleteActions actions without an owner or a due date
 */
public record Readiness(String teamId, List<Check> checks, int overdue, int formerOwners, int removedStatements,
                        int incompleteActions) {

    /** The four checks, in the order the checklist shows them. */
    public enum Item {
        MANDATE_WRITTEN,
        STATEMENT_LINKED,
        GUIDELINE_WITH_BEHAVIOUR,
        ACTIONS_COMPLETE;

        public String labelKey() {
            return "mandate.ready." + name();
        }
    }

    public record Check(Item item, boolean met) {
    }

    public Readiness {
        checks = List.copyOf(checks);
    }

    public int met() {
        return (int) checks.stream().filter(Check::met).count();
    }

    public int total() {
        return checks.size();
    }

    public boolean complete() {
        return met() == total();
    }

    public boolean met(Item item) {
        return checks.stream().anyMatch(c -> c.item() == item && c.met());
    }

    /** Anything to look at beyond the checklist. */
    public boolean flagged() {
        return overdue > 0 || formerOwners > 0 || removedStatements > 0;
    }

    /** The team's readiness on {@code today} (for overdue actions). */
    public static Readiness of(TeamMandate team, Session session, LocalDate today) {
        Mandate m = team.mandate();
        List<Action> actions = team.actions();
        boolean written = !m.text().isBlank();
        boolean linked = m.statements().stream().anyMatch(l -> !l.removedFrom(session.target()));
        boolean guideline = m.guidelines().stream().anyMatch(g -> !g.behaviours().isEmpty());
        int incomplete = (int) actions.stream().filter(a -> !a.hasOwnerAndDue() || MandateTeams.formerOwner(session, a)).count();
        boolean actionsOk = !actions.isEmpty() && incomplete == 0;
        return new Readiness(team.teamId(), List.of(new Check(Item.MANDATE_WRITTEN, written),
                new Check(Item.STATEMENT_LINKED, linked), new Check(Item.GUIDELINE_WITH_BEHAVIOUR, guideline),
                new Check(Item.ACTIONS_COMPLETE, actionsOk)),
                (int) actions.stream().filter(a -> a.overdue(today)).count(),
                (int) actions.stream().filter(a -> MandateTeams.formerOwner(session, a)).count(),
                (int) m.statements().stream().filter(l -> l.removedFrom(session.target())).count(),
                incomplete);
    }

    /** Every team's readiness (removed teams included), in {@link MandateTeams} order. */
    public static List<Readiness> all(Session session, LocalDate today) {
        return MandateTeams.of(session).stream().map(t -> of(t, session, today)).toList();
    }
}
