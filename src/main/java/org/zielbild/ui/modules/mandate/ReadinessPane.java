package org.zielbild.ui.modules.mandate;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.zielbild.domain.mandate.Readiness;
import org.zielbild.ui.common.I18n;

/** The selected team's readiness as a quiet checklist ("3 of 4"): it guides, it never blocks. */
final class ReadinessPane {

    private final I18n i18n;
    private final VBox root = new VBox(6);

    ReadinessPane(I18n i18n) {
        this.i18n = i18n;
        root.setId("readiness");
        root.getStyleClass().add("mandate-readiness");
        root.setMinWidth(220);
        root.setPrefWidth(260);
    }

    VBox root() {
        return root;
    }

    void show(Readiness r) {
        root.getChildren().clear();
        if (r == null) {
            return;
        }
        Label head = new Label(i18n.t("mandate.ready.title", r.met(), r.total()));
        head.setId("readinessCount");
        head.getStyleClass().add("title-4");
        head.setWrapText(true);
        root.getChildren().add(head);
        for (Readiness.Check c : r.checks()) {
            Label line = new Label((c.met() ? "" : i18n.t("mandate.ready.open") + " ") + i18n.t(c.item().labelKey()),
                    new FontIcon(c.met() ? MaterialDesignC.CHECK_CIRCLE_OUTLINE : MaterialDesignC.CHECKBOX_BLANK_CIRCLE_OUTLINE));
            line.getStyleClass().addAll("readiness-check", c.met() ? "success" : "text-muted");
            line.setWrapText(true);
            line.setMinHeight(Region.USE_PREF_SIZE);
            root.getChildren().add(line);
        }
        flag(r.incompleteActions(), "mandate.ready.incomplete");
        flag(r.overdue(), "mandate.ready.overdue");
        flag(r.formerOwners(), "mandate.ready.formerOwners");
        flag(r.removedStatements(), "mandate.ready.removedStatements");
    }

    private void flag(int count, String key) {
        if (count > 0) {
            Label l = new Label(i18n.t(key, count), new FontIcon(MaterialDesignA.ALERT_OUTLINE));
            l.getStyleClass().addAll("readiness-flag", "warning");
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            root.getChildren().add(l);
        }
    }
}
