package org.zielbild.ui.modules.target;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.zielbild.domain.target.RatingMode;
import org.zielbild.domain.target.RatingRound;
import org.zielbild.ui.common.I18n;

/**
 * The round that runs: how it counts (as announced), the typed counts of a show of hands or how many
 * private ballots are in (never what they say before the reveal), a notice when the roster's
 * attendance no longer matches the number present, and the reveal.
 */
final class RoundRunning {

    private final TargetViewModel vm;
    private final RatingViewModel rating;
    private final I18n i18n;
    private final Runnable openBallots;
    private final VBox root = new VBox(10);
    private final Label header = new Label();
    private final Label rule = new Label();
    private final Label progress = new Label();
    private final Label waiting = new Label();
    private final HBox presentNotice = new HBox(8);
    private final HandCountsForm counts;
    private final Button ballots;

    RoundRunning(TargetViewModel vm, I18n i18n, Runnable openBallots) {
        this.vm = vm;
        this.rating = vm.rating();
        this.i18n = i18n;
        this.openBallots = openBallots;
        this.counts = new HandCountsForm(vm, i18n);
        root.setId("roundRunning");
        header.getStyleClass().add(Styles.TITLE_4);
        header.setWrapText(true);
        rule.setId("roundRule");
        rule.setWrapText(true);
        progress.setId("roundProgress");
        progress.getStyleClass().add(Styles.TEXT_BOLD);
        waiting.setWrapText(true);
        waiting.getStyleClass().add(Styles.TEXT_MUTED);
        presentNotice.setId("presentNotice");
        presentNotice.setAlignment(Pos.CENTER_LEFT);
        ballots = new Button(i18n.t("target.run.openBallots"), new FontIcon(MaterialDesignA.ACCOUNT_LOCK_OUTLINE));
        ballots.setId("openBallots");
        ballots.setOnAction(e -> openBallots.run());
    }

    VBox root() {
        return root;
    }

    HandCountsForm counts() {
        return counts;
    }

    void show(RatingRound r) {
        header.setText(i18n.t("target.run.title", RoundTexts.mode(i18n, r.mode())));
        rule.setText(i18n.t("target.run.rule", RoundTexts.rule(i18n, r),
                i18n.t(r.anonymous() ? "target.run.anonymous" : "target.run.named")));
        Button reveal = new Button(i18n.t("target.run.reveal"), new FontIcon(MaterialDesignE.EYE_OUTLINE));
        reveal.setId("revealRound");
        reveal.getStyleClass().add(Styles.ACCENT);
        reveal.setOnAction(e -> rating.reveal());
        Button discard = new Button(i18n.t("target.run.discard"), new FontIcon(MaterialDesignD.DELETE_OUTLINE));
        discard.setId("discardRound");
        discard.setOnAction(e -> rating.discard());
        root.getChildren().setAll(header, rule);
        if (r.mode() == RatingMode.SHOW_OF_HANDS) {
            counts.show(r);
            Label how = new Label(i18n.t("target.run.handsHow"));
            how.setWrapText(true);
            how.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            progress.setText(i18n.t("target.run.typed", r.answered(), r.items().size()));
            root.getChildren().addAll(how, counts.root(), progress);
        } else {
            progress.setText(i18n.t("target.run.voted", r.answered(), r.present()));
            waiting.setText(r.anonymous() ? i18n.t("target.run.anonymousHow")
                    : i18n.t("target.run.waiting", String.join(", ", rating.waiting().stream().map(p -> p.name()).toList())));
            root.getChildren().addAll(progress, waiting, ballots);
        }
        presentNotice(r);
        root.getChildren().addAll(presentNotice, new FlowPane(8, 8, reveal, discard));
    }

    /** Someone arrived or left (or was added or removed) since the round started: offer the roster's number. */
    private void presentNotice(RatingRound r) {
        presentNotice.getChildren().clear();
        rating.rosterPresentDiffers().ifPresent(n -> {
            Label l = new Label(i18n.t("target.run.presentDiffers", n, r.present()));
            l.setWrapText(true);
            l.getStyleClass().add(Styles.WARNING);
            Button use = new Button(i18n.t("target.run.usePresent", n));
            use.setId("usePresent");
            use.setMinWidth(Button.USE_PREF_SIZE);
            use.setOnAction(e -> rating.setPresent(n));
            presentNotice.getChildren().addAll(l, use);
        });
        presentNotice.setVisible(!presentNotice.getChildren().isEmpty());
        presentNotice.setManaged(presentNotice.isVisible());
    }
}
