package org.zielbild.ui.kit.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.zielbild.domain.Session;
import org.zielbild.domain.mandate.ActionLink;
import org.zielbild.domain.roster.Team;
import org.zielbild.domain.target.Statement;
import org.zielbild.domain.target.TargetResults;
import org.zielbild.ui.common.I18n;

/** What an action may be linked to: nothing, a statement (those that carried first), a team's mandate. */
final class LinkChoices {

    /** One choice; {@code link} null for "no link". */
    record Choice(ActionLink link, String label) {
        @Override
        public String toString() {
            return label;
        }

        boolean same(ActionLink other) {
            if (link == null || other == null) {
                return link == other;
            }
            return link.kind() == other.kind() && link.targetId().equals(other.targetId());
        }
    }

    private LinkChoices() {
    }

    static List<Choice> of(Session s, I18n i18n, ActionLink current) {
        List<Choice> out = new ArrayList<>();
        out.add(new Choice(null, i18n.t("actions.link.none")));
        List<Statement> carried = TargetResults.carried(s.target());
        for (Statement st : carried) {
            out.add(new Choice(ActionLink.toStatement(s.target(), st.id()), i18n.t("actions.link.carried", st.text())));
        }
        for (Statement st : s.target().statements()) {
            if (!carried.contains(st)) {
                out.add(new Choice(ActionLink.toStatement(s.target(), st.id()), i18n.t("actions.link.statement", st.text())));
            }
        }
        for (Team t : s.roster().teams()) {
            out.add(new Choice(ActionLink.toMandate(t.id(), t.name()), i18n.t("actions.link.mandate", t.name())));
        }
        if (current != null && out.stream().noneMatch(c -> c.same(current))) {
            String key = current.kind() == ActionLink.Kind.STATEMENT ? "actions.link.statementRemoved" : "actions.link.mandateRemoved";
            out.add(new Choice(current, i18n.t(key, current.text())));
        }
        return out;
    }

    static Choice find(List<Choice> choices, ActionLink link) {
        return choices.stream().filter(c -> c.same(link)).findFirst().orElse(choices.get(0));
    }

    static boolean sameLink(ActionLink a, ActionLink b) {
        return a == null || b == null ? a == b : a.kind() == b.kind() && Objects.equals(a.targetId(), b.targetId());
    }
}
