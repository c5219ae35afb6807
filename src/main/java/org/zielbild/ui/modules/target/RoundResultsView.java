package org.zielbild.ui.modules.target;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.zielbild.domain.target.ItemResult;
import org.zielbild.domain.target.RatingRound;
import org.zielbild.ui.common.I18n;

/**
 * The latest revealed round on the laptop: each item's counts, its verdict in words with an icon,
 * the margin when it missed, and a prompt to ask the room where the answers diverge or a large
 * minority said no (a question for the facilitator, never a verdict).
 */
final class RoundResultsView {

    private final I18n i18n;
    private final VBox root = new VBox(10);

    RoundResultsView(I18n i18n) {
        this.i18n = i18n;
        root.setId("roundResults");
    }

    VBox root() {
        return root;
    }

    void show(RatingRound round, List<ItemResult> results) {
        root.getChildren().clear();
        if (round == null) {
            return;
        }
        Label title = new Label(i18n.t("target.results.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label rule = new Label(RoundTexts.rule(i18n, round));
        rule.setWrapText(true);
        rule.getStyleClass().add(Styles.TEXT_MUTED);
        root.getChildren().addAll(title, rule);
        for (ItemResult r : results) {
            VBox item = new VBox(2);
            item.getStyleClass().add("result-item");
            Label what = new Label(r.item().isWholePicture() ? i18n.t("target.whole") : r.item().wording());
            what.setWrapText(true);
            what.getStyleClass().add(Styles.TEXT_BOLD);
            Label verdict = r.carries()
                    ? new Label(i18n.t("target.standing.carries"), new FontIcon(MaterialDesignC.CHECK_CIRCLE_OUTLINE))
                    : new Label(i18n.t("target.standing.rework") + " · " + StandingLabels.margin(i18n, r),
                            new FontIcon(MaterialDesignH.HELP_CIRCLE_OUTLINE));
            verdict.getStyleClass().add(r.carries() ? Styles.SUCCESS : Styles.DANGER);
            verdict.setWrapText(true);
            Label benefit = new Label(i18n.t("target.results.benefit", RoundTexts.tally(i18n, r.benefit())));
            Label attractive = new Label(i18n.t("target.results.attractive", RoundTexts.tally(i18n, r.attractive())));
            item.getChildren().addAll(what, verdict, benefit, attractive);
            if (r.dissent()) {
                Label ask = new Label(i18n.t(r.diverges() ? "target.dissent.diverge" : "target.dissent.minority"),
                        new FontIcon(MaterialDesignF.FORUM_OUTLINE));
                ask.setWrapText(true);
                ask.getStyleClass().addAll(Styles.WARNING, "dissent-prompt");
                item.getChildren().add(ask);
            }
            root.getChildren().add(item);
        }
    }
}
