package org.zielbild.ui.shell.session;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.spi.ModuleView;

/** Stands in for a module this build does not have yet: says so, never a blank area. */
final class NotAvailableView implements ModuleView {

    private final VBox root;

    NotAvailableView(I18n i18n, String kindTitle) {
        FontIcon icon = new FontIcon(MaterialDesignT.TOOLS);
        icon.setIconSize(48);
        icon.getStyleClass().add("muted-icon");
        Label title = new Label(i18n.t("module.notAvailable.title", kindTitle));
        title.getStyleClass().add(Styles.TITLE_3);
        title.setWrapText(true);
        Label body = new Label(i18n.t("module.notAvailable.body"));
        body.getStyleClass().add(Styles.TEXT_MUTED);
        body.setWrapText(true);
        body.setMaxWidth(560);
        root = new VBox(12, icon, title, body);
        root.setId("notAvailable");
        root.setAlignment(Pos.CENTER);
        root.getStyleClass().add("not-available");
    }

    @Override
    public Node facilitatorView() {
        return root;
    }
}
