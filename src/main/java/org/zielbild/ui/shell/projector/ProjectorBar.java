package org.zielbild.ui.shell.projector;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.zielbild.ui.common.I18n;

/**
 * The projector's switches on the laptop (on/off, black, freeze) and a discreet indicator that says
 * when the wall is black or frozen, so the facilitator never forgets.
 */
public final class ProjectorBar {

    private final HBox root = new HBox(4);

    public ProjectorBar(ProjectorControl control, I18n i18n) {
        ToggleButton toggle = toggle("projectorToggle", MaterialDesignP.PROJECTOR_SCREEN_OUTLINE, i18n.t("projector.toggle"),
                i18n.t("projector.toggleTip"), control.openProperty(), control::toggle);
        ToggleButton black = toggle("projectorBlackButton", MaterialDesignM.MONITOR_OFF, null,
                i18n.t("projector.blackTip"), control.blackProperty(), control::toggleBlack);
        ToggleButton freeze = toggle("projectorFreezeButton", MaterialDesignS.SNOWFLAKE, null,
                i18n.t("projector.freezeTip"), control.frozenProperty(), control::toggleFreeze);
        Label indicator = new Label();
        indicator.setId("projectorIndicator");
        indicator.getStyleClass().addAll(Styles.TEXT_SMALL, "projector-indicator");
        indicator.setMinWidth(Region.USE_PREF_SIZE);
        indicator.textProperty().bind(Bindings.createStringBinding(() -> control.blackProperty().get()
                        ? i18n.t("projector.isBlack") : control.frozenProperty().get() ? i18n.t("projector.isFrozen") : "",
                control.blackProperty(), control.frozenProperty()));
        indicator.visibleProperty().bind(indicator.textProperty().isNotEmpty());
        indicator.managedProperty().bind(indicator.visibleProperty());
        indicator.graphicProperty().bind(Bindings.createObjectBinding(() -> indicator.getText().isEmpty() ? null
                : new FontIcon(control.blackProperty().get() ? MaterialDesignM.MONITOR_OFF : MaterialDesignS.SNOWFLAKE),
                indicator.textProperty()));
        root.getChildren().addAll(indicator, toggle, black, freeze);
        root.setAlignment(Pos.CENTER_RIGHT);
    }

    public Node root() {
        return root;
    }

    private static ToggleButton toggle(String id, Ikon icon, String text, String tip, ReadOnlyBooleanProperty state,
                                       Runnable action) {
        ToggleButton b = new ToggleButton(text, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().add(Styles.FLAT);
        if (text == null) {
            b.getStyleClass().add(Styles.BUTTON_ICON);
        }
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.setFocusTraversable(false);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setSelected(state.get());
        state.addListener((obs, was, is) -> b.setSelected(is));
        // The control owns the state: a click asks it, and the button follows what it says.
        b.setOnAction(e -> {
            b.setSelected(state.get());
            action.run();
        });
        return b;
    }
}
