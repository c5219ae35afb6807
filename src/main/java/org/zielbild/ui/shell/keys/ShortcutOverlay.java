package org.zielbild.ui.shell.keys;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.zielbild.ui.common.I18n;

/** The list of every shortcut, grouped, in the UI language; built from {@link Shortcut}. */
public final class ShortcutOverlay {

    private final VBox root = new VBox(16);

    public ShortcutOverlay(I18n i18n) {
        Label title = new Label(i18n.t("keys.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label hint = new Label(i18n.t("keys.hint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        FlowPane groups = new FlowPane(32, 20);
        groups.setPrefWrapLength(960);
        for (Shortcut.Group group : Shortcut.Group.values()) {
            groups.getChildren().add(group(group, i18n));
        }
        root.getChildren().addAll(title, hint, groups);
        root.setId("shortcutOverlay");
        root.getStyleClass().add("overlay-card");
        root.setPadding(new Insets(24));
        root.setMaxWidth(1040);
        root.setMaxHeight(Region.USE_PREF_SIZE);
    }

    public Node root() {
        return root;
    }

    private static Node group(Shortcut.Group group, I18n i18n) {
        Label header = new Label(i18n.t(group.titleKey()));
        header.getStyleClass().addAll(Styles.TEXT_CAPTION, Styles.TEXT_MUTED, "shortcut-group");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        int row = 0;
        for (Shortcut s : Shortcut.values()) {
            if (s.group() != group) {
                continue;
            }
            Label label = new Label(i18n.t(s.labelKey()));
            label.setWrapText(true);
            label.setMaxWidth(240);
            grid.add(label, 0, row);
            grid.add(keys(s, i18n), 1, row);
            row++;
        }
        VBox box = new VBox(8, header, grid);
        box.setMinWidth(470);
        return box;
    }

    private static Node keys(Shortcut s, I18n i18n) {
        HBox keys = new HBox(6);
        keys.setAlignment(Pos.CENTER_LEFT);
        List<Key> list = s.keys();
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                Label or = new Label(i18n.t("keys.or"));
                or.getStyleClass().add(Styles.TEXT_MUTED);
                or.setMinWidth(Region.USE_PREF_SIZE);
                keys.getChildren().add(or);
            }
            for (String cap : KeyNames.caps(list.get(i), i18n)) {
                Label kbd = new Label(cap);
                kbd.getStyleClass().add("kbd");
                kbd.setMinWidth(Region.USE_PREF_SIZE);
                keys.getChildren().add(kbd);
            }
        }
        keys.setMinWidth(Region.USE_PREF_SIZE);
        return keys;
    }
}
