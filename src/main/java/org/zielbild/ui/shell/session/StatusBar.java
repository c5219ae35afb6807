package org.zielbild.ui.shell.session;

import atlantafx.base.theme.Styles;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.zielbild.session.SaveStatus;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.SessionModel;

/**
 * The bottom line: a steady "saved" indicator (a persistent warning while saving fails), the latest
 * notice, and the size of the session.
 */
public final class StatusBar {

    private final HBox root = new HBox(16);
    private final Label save = new Label();
    private final Label notice = new Label();
    private final Label counts = new Label();
    private final I18n i18n;
    private final PauseTransition fade = new PauseTransition(Duration.seconds(8));
    /** "Saving..." only shows when a save takes noticeably long, so the indicator stays calm. */
    private final PauseTransition slowSave = new PauseTransition(Duration.millis(600));
    private SaveStatus latestSave = SaveStatus.SAVED;

    public StatusBar(SessionModel model, StatusNotifier notifier, I18n i18n) {
        this.i18n = i18n;
        save.setId("saveStatus");
        notice.setId("notice");
        counts.setId("sessionCounts");
        counts.setMinWidth(Region.USE_PREF_SIZE);
        // A failing save is the one thing that must never be cut off: it wraps instead.
        save.setMinHeight(Region.USE_PREF_SIZE);
        save.setMinWidth(Region.USE_PREF_SIZE);
        notice.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(notice, Priority.ALWAYS);
        Region gap = new Region();
        root.getChildren().addAll(save, notice, gap, counts);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(4, 12, 4, 12));
        root.getStyleClass().add("status-bar");

        model.saveStatusProperty().addListener((obs, old, now) -> showSave(now));
        showSave(model.saveStatusProperty().get());
        notifier.latestProperty().addListener((obs, old, now) -> showNotice(now));
        model.sessionProperty().addListener((obs, old, now) -> showCounts(model));
        showCounts(model);
        fade.setOnFinished(e -> notice.setText(""));
        slowSave.setOnFinished(e -> {
            if (latestSave.pending() > 0 && !latestSave.failing()) {
                setSave("status.saving", MaterialDesignC.CLOUD_UPLOAD_OUTLINE, Styles.TEXT_MUTED);
            }
        });
    }

    public Node root() {
        return root;
    }

    private void showSave(SaveStatus status) {
        latestSave = status;
        if (status.failing()) {
            slowSave.stop();
            save.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER, Styles.TEXT_MUTED);
            String frame = status.stopped() ? "status.saveStopped" : "status.saveFailing";
            save.setText(i18n.t(frame, i18n.text(status.problem())));
            save.setGraphic(new FontIcon(MaterialDesignA.ALERT));
            save.getStyleClass().add(Styles.DANGER);
            save.setWrapText(true);
            save.setMinWidth(0);
            HBox.setHgrow(save, Priority.ALWAYS);
            notice.setManaged(false);
            notice.setVisible(false);
        } else if (status.pending() > 0) {
            if (slowSave.getStatus() != javafx.animation.Animation.Status.RUNNING) {
                slowSave.playFromStart();
            }
        } else {
            slowSave.stop();
            setSave("status.saved", MaterialDesignC.CHECK_CIRCLE_OUTLINE, Styles.SUCCESS);
        }
    }

    private void setSave(String key, org.kordamp.ikonli.Ikon icon, String style) {
        save.setWrapText(false);
        save.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(save, Priority.NEVER);
        notice.setManaged(true);
        notice.setVisible(true);
        save.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER, Styles.TEXT_MUTED);
        save.setText(i18n.t(key));
        save.setGraphic(new FontIcon(icon));
        save.getStyleClass().add(style);
    }

    private void showNotice(Notice n) {
        fade.stop();
        notice.getStyleClass().remove(Styles.DANGER);
        if (n == null) {
            notice.setText("");
            notice.setGraphic(null);
            return;
        }
        notice.setText(i18n.text(n.message()));
        if (n.error()) {
            notice.getStyleClass().add(Styles.DANGER);
            notice.setGraphic(new FontIcon(MaterialDesignA.ALERT_CIRCLE_OUTLINE));
        } else {
            notice.setGraphic(new FontIcon(MaterialDesignS.STICKER_CHECK_OUTLINE));
            fade.playFromStart();
        }
    }

    private void showCounts(SessionModel model) {
        var s = model.session();
        counts.setText(i18n.t("status.counts", s.agenda().stages().size(), s.roster().participants().size(),
                s.roster().teams().size()));
    }
}
