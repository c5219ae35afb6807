package org.zielbild.ui.shell.keys;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.KeyHelp;

/**
 * The list of every shortcut, grouped, in the UI language: the session window's from
 * {@link Shortcut}, then the keys the current stage's view offers (e.g. a board's).
 */
public final class ShortcutOverlay {

    private static final double LABEL_WIDTH = 240;

    private final VBox root = new VBox(16);

    public ShortcutOverlay(I18n i18n, List<KeyHelp> stageKeys) {
        Label title = new Label(i18n.t("keys.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label hint = new Label(i18n.t("keys.hint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        VBox left = new VBox(18, group(Shortcut.Group.DAY, i18n), group(Shortcut.Group.TIMER, i18n),
                group(Shortcut.Group.HELP, i18n), group(Shortcut.Group.PROJECTOR, i18n));
        VBox right = new VBox(18, group(Shortcut.Group.SESSION, i18n));
        stageKeys.forEach(help -> right.getChildren().add(stageGroup(help, i18n)));
        // 24 between the columns leaves room for the scroll bar a laptop's height needs.
        HBox columns = new HBox(24, left, right);
        ScrollPane scroll = new ScrollPane(columns);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        root.getChildren().addAll(title, hint, scroll);
        root.setId("shortcutOverlay");
        root.getStyleClass().add("overlay-card");
        root.setPadding(new Insets(20, 24, 20, 24));
        root.setMaxWidth(1120);
        root.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane.setMargin(root, new Insets(24));
    }

    public Node root() {
        return root;
    }

    private static Node group(Shortcut.Group group, I18n i18n) {
        GridPane grid = grid();
        int row = 0;
        for (Shortcut s : Shortcut.values()) {
            if (s.group() == group) {
                addRow(grid, row++, i18n.t(s.labelKey()), keys(s.keys().stream().map(k -> KeyNames.caps(k, i18n)).toList(), i18n));
            }
        }
        return titled(group.titleKey(), grid, i18n);
    }

    /** Keys the stage's view offers (they work while it has the focus). */
    private static Node stageGroup(KeyHelp help, I18n i18n) {
        GridPane grid = grid();
        int row = 0;
        for (KeyHelp.Row r : help.rows()) {
            addRow(grid, row++, i18n.t(r.labelKey()), keys(r.keys().stream().map(k -> caps(k, i18n)).toList(), i18n));
        }
        return titled(help.titleKey(), grid, i18n);
    }

    private static Key key(KeyCodeCombination k) {
        return new Key(k.getCode(), null, k.getShortcut() == KeyCombination.ModifierValue.DOWN,
                k.getShift() == KeyCombination.ModifierValue.DOWN);
    }

    /**
     * A stage key's caps. With Alt (moving an item: Alt+↑) the arrow is named by its direction; a plain
     * arrow stands for all four ("Arrow keys"), as the board lists them.
     */
    private static List<String> caps(KeyCodeCombination k, I18n i18n) {
        List<String> caps = new java.util.ArrayList<>(KeyNames.caps(key(k), i18n));
        if (k.getAlt() == KeyCombination.ModifierValue.DOWN) {
            String arrow = switch (k.getCode()) {
                case UP -> "↑";
                case DOWN -> "↓";
                case LEFT -> "←";
                case RIGHT -> "→";
                default -> null;
            };
            if (arrow != null) {
                caps.set(caps.size() - 1, arrow);
            }
            caps.add(0, i18n.t("key.alt"));
        }
        return caps;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        // The same label width in every group lines the keys up across groups.
        grid.getColumnConstraints().add(new ColumnConstraints(LABEL_WIDTH));
        return grid;
    }

    private static void addRow(GridPane grid, int row, String text, Node keys) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(LABEL_WIDTH);
        grid.add(label, 0, row);
        grid.add(keys, 1, row);
    }

    private static Node titled(String titleKey, GridPane grid, I18n i18n) {
        Label header = new Label(i18n.t(titleKey));
        header.getStyleClass().addAll(Styles.TEXT_CAPTION, Styles.TEXT_MUTED, "shortcut-group");
        return new VBox(8, header, grid);
    }

    private static Node keys(List<List<String>> list, I18n i18n) {
        // A flow, not a row: a shortcut with two key sequences wraps in a narrow window instead of
        // widening the overlay past it (which squeezed the agenda sidebar behind it).
        FlowPane keys = new FlowPane(6, 4);
        keys.setAlignment(Pos.CENTER_LEFT);
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                Label or = new Label(i18n.t("keys.or"));
                or.getStyleClass().add(Styles.TEXT_MUTED);
                or.setMinWidth(Region.USE_PREF_SIZE);
                keys.getChildren().add(or);
            }
            for (String cap : list.get(i)) {
                Label kbd = new Label(cap);
                kbd.getStyleClass().add("kbd");
                kbd.setMinWidth(Region.USE_PREF_SIZE);
                keys.getChildren().add(kbd);
            }
        }
        return keys;
    }
}
