package org.zielbild.ui.modules.target;

import atlantafx.base.theme.Styles;
import java.util.Optional;
import javafx.scene.control.Label;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.zielbild.domain.target.Criterion;
import org.zielbild.domain.target.ItemResult;
import org.zielbild.domain.target.Statement;
import org.zielbild.domain.target.TargetPicture;
import org.zielbild.domain.target.TargetResults;
import org.zielbild.ui.common.I18n;

/** Where a statement stands, in words and with an icon (never by colour alone), with the margin when it missed. */
final class StandingLabels {

    private StandingLabels() {
    }

    static Label of(I18n i18n, TargetPicture picture, Statement s) {
        Optional<ItemResult> latest = TargetResults.latest(picture, s.id());
        Label l;
        if (latest.isEmpty()) {
            l = new Label(i18n.t("target.standing.notRated"));
            l.getStyleClass().add(Styles.TEXT_MUTED);
        } else if (latest.get().carries()) {
            l = new Label(i18n.t("target.standing.carries"), new FontIcon(MaterialDesignC.CHECK_CIRCLE_OUTLINE));
            l.getStyleClass().add(Styles.SUCCESS);
        } else {
            l = new Label(i18n.t("target.standing.rework") + " · " + margin(i18n, latest.get()),
                    new FontIcon(MaterialDesignH.HELP_CIRCLE_OUTLINE));
            l.getStyleClass().add(Styles.DANGER);
        }
        l.getStyleClass().addAll(Styles.TEXT_SMALL, "standing");
        l.setWrapText(true);
        return l;
    }

    /** "2 more yes needed for 'attractive'" (both when both missed). */
    static String margin(I18n i18n, ItemResult r) {
        Criterion b = r.benefit();
        Criterion a = r.attractive();
        if (!b.met() && !a.met()) {
            return i18n.t("target.margin.both", b.missing(), a.missing());
        }
        return !b.met() ? i18n.t("target.margin.benefit", b.missing()) : i18n.t("target.margin.attractive", a.missing());
    }
}
