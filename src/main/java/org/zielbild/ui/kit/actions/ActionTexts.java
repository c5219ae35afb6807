package org.zielbild.ui.kit.actions;

import org.zielbild.domain.DateTexts;
import org.zielbild.domain.mandate.ActionLink;
import org.zielbild.ui.common.I18n;

/** How an action's parts read, in words (flags are never colour alone). */
public final class ActionTexts {

    private ActionTexts() {
    }

    public static String owner(I18n i18n, ActionRow r) {
        if (r.ownerName().isEmpty()) {
            return i18n.t("actions.noOwner");
        }
        return r.formerOwner() ? i18n.t("actions.formerOwner", r.ownerName()) : r.ownerName();
    }

    public static String due(I18n i18n, ActionRow r) {
        if (r.action().due() == null) {
            return i18n.t("actions.noDue");
        }
        String date = DateTexts.format(r.action().due(), i18n.language());
        return r.overdue() ? i18n.t("actions.overdue", date) : date;
    }

    public static String link(I18n i18n, ActionRow r) {
        ActionLink link = r.action().link();
        if (link == null) {
            return "";
        }
        String kind = link.kind() == ActionLink.Kind.STATEMENT ? "statement" : "mandate";
        return i18n.t("actions.link." + kind + (r.linkGone() ? "Removed" : ""), r.linkText());
    }

    public static String team(I18n i18n, ActionRow r) {
        if (r.action().teamId() == null) {
            return i18n.t("actions.wholeSession");
        }
        return r.teamRemoved() ? i18n.t("actions.removedTeam", r.teamName()) : r.teamName();
    }

    public static String status(I18n i18n, ActionRow r) {
        return i18n.t(r.action().status().nameKey());
    }
}
