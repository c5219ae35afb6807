package org.zielbild.ui.kit.board;

import atlantafx.base.theme.Styles;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;
import org.zielbild.domain.board.DotVote;
import org.zielbild.ui.common.I18n;

/**
 * Folds the dot-vote panel away so the board and the note list get its width (0069). While a vote
 * runs, a narrow strip in its place still says so, with how many have voted. Folded or not is one
 * choice for the whole session window, kept while the window lives (its scene), like the
 * facilitator notes (0067); the projector never shows the panel.
 */
final class VotePanelFold {

    /** Where the window's choice lives: the session window's scene, shared by all its boards. */
    private static final String SCENE_KEY = VotePanelFold.class.getName() + ".folded";

    private final BoardViewModel vm;
    private final I18n i18n;
    private final Node panel;
    private final BooleanProperty folded = new SimpleBooleanProperty(false);
    private final ToggleButton toggle = new ToggleButton();
    private final Label status = new Label();
    private final VBox strip = new VBox(status);
    private final StackPane side = new StackPane();
    private BooleanProperty shared;

    VotePanelFold(Node owner, BoardViewModel vm, I18n i18n, Node panel) {
        this.vm = vm;
        this.i18n = i18n;
        this.panel = panel;
        build();
        owner.sceneProperty().addListener((obs, o, n) -> share(n));
        share(owner.getScene());
        folded.addListener((obs, o, n) -> refresh());
        vm.snapshotProperty().addListener((obs, o, n) -> refresh());
        vm.participants().addListener((javafx.collections.ListChangeListener<Object>) c -> refresh());
        refresh();
    }

    /** The toolbar's button: pressed while the panel is shown. */
    ToggleButton toggle() {
        return toggle;
    }

    /** What sits right of the board: the panel, the strip of a running vote, or nothing. */
    Node side() {
        return side;
    }

    ReadOnlyBooleanProperty foldedProperty() {
        return folded;
    }

    void toggleFolded() {
        folded.set(!folded.get());
    }

    private void build() {
        String tip = i18n.t("board.votePanel.toggle");
        toggle.setId("toggleVotePanel");
        toggle.setGraphic(new FontIcon(MaterialDesignP.PAGE_LAYOUT_SIDEBAR_RIGHT));
        toggle.setTooltip(new Tooltip(tip));
        toggle.setAccessibleText(tip);
        toggle.setOnAction(e -> folded.set(!toggle.isSelected()));

        status.setId("voteFoldedStatus");
        status.setGraphic(new FontIcon(MaterialDesignV.VOTE_OUTLINE));
        status.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
        status.setWrapText(true);
        status.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        status.setAlignment(javafx.geometry.Pos.TOP_CENTER);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.getStyleClass().add(Styles.TEXT_SMALL);
        // Narrow, so the list keeps most of the panel's width; the words wrap instead.
        status.setPrefWidth(84);
        strip.setId("voteFoldedStrip");
        strip.getStyleClass().add("vote-folded");
        strip.setPadding(new Insets(8, 6, 8, 6));
        strip.setOnMouseClicked(e -> folded.set(false));
        Tooltip.install(strip, new Tooltip(tip));
    }

    /** Follows the choice of the window this board is shown in; a new window starts with the panel open. */
    private void share(Scene scene) {
        if (shared != null) {
            folded.unbindBidirectional(shared);
            shared = null;
        }
        if (scene != null) {
            shared = (BooleanProperty) scene.getProperties()
                    .computeIfAbsent(SCENE_KEY, k -> new SimpleBooleanProperty(false));
            folded.bindBidirectional(shared);
        }
    }

    private void refresh() {
        boolean isFolded = folded.get();
        toggle.setSelected(!isFolded);
        DotVote vote = vm.snapshot().board().vote();
        if (!isFolded) {
            side.getChildren().setAll(panel);
        } else if (vote != null) {
            status.setText(i18n.t(vote.revealed() ? "board.votePanel.foldedResults" : "board.votePanel.foldedOpen",
                    vote.voters(), vm.participants().size()));
            status.setAccessibleText(status.getText());
            side.getChildren().setAll(strip);
        } else {
            side.getChildren().clear();
        }
    }
}
