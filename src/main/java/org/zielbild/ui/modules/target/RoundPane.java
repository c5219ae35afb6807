package org.zielbild.ui.modules.target;

import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.TileBuilder;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.zielbild.domain.target.RatingMode;
import org.zielbild.ui.common.I18n;

/**
 * A running round on the wall: what is rated and the two questions, and how many have voted
 * ("7 of 23 have voted", with a TilesFX progress ring in the projector's colours). Never an answer,
 * never a name: the {@link TargetWall.Progress} it is given holds neither.
 */
final class RoundPane {

    /** Large enough that the tile's own smallest text (7.5 % of its size) stays above 28 px. */
    static final double TILE_SIZE = 420;

    private final I18n i18n;
    private final HBox root = new HBox(56);
    private final VBox what = new VBox(18);
    private final Label voted = new Label();
    private final Tile ring;
    /** Probes whose CSS colours (the projector's -zb-* names) the tile takes, so it follows the theme. */
    private final Label fg = new Label();
    private final Label accent = new Label();
    private final Region surface = new Region();

    RoundPane(I18n i18n) {
        this.i18n = i18n;
        ring = TileBuilder.create().skinType(Tile.SkinType.CIRCULAR_PROGRESS).prefSize(TILE_SIZE, TILE_SIZE)
                .minValue(0).maxValue(100).decimals(0).valueVisible(false).title("").text("").unit("").textVisible(false)
                .animated(false).build();
        ring.setId("votedRing");
        ring.setMinSize(TILE_SIZE, TILE_SIZE);
        ring.setMaxSize(TILE_SIZE, TILE_SIZE);
        fg.getStyleClass().add("probe-fg");
        accent.getStyleClass().add("probe-accent");
        surface.getStyleClass().add("probe-surface");
        for (Region probe : new Region[] {fg, accent, surface}) {
            probe.setManaged(false);
            probe.setVisible(false);
        }
        fg.textFillProperty().addListener((obs, o, n) -> themeTile());
        accent.textFillProperty().addListener((obs, o, n) -> themeTile());
        surface.backgroundProperty().addListener((obs, o, n) -> themeTile());
        voted.setId("wallVoted");
        voted.getStyleClass().add("round-voted");
        voted.setWrapText(true);
        voted.setMinHeight(Region.USE_PREF_SIZE);
        VBox side = new VBox(20, ring, voted);
        side.setAlignment(Pos.TOP_CENTER);
        side.setMinWidth(TILE_SIZE + 40);
        side.setMaxWidth(TILE_SIZE + 120);
        HBox.setHgrow(what, Priority.ALWAYS);
        root.getChildren().addAll(what, side, fg, accent, surface);
        root.getStyleClass().add("round-pane");
    }

    HBox root() {
        return root;
    }

    Tile ring() {
        return ring;
    }

    void show(TargetWall.Progress p) {
        what.getChildren().clear();
        boolean hands = p.mode() == RatingMode.SHOW_OF_HANDS;
        Label questions = new Label(i18n.t(hands ? "target.wall.handsQuestions" : "target.wall.questions"));
        questions.getStyleClass().add("round-questions");
        questions.setWrapText(true);
        questions.setMinHeight(Region.USE_PREF_SIZE);
        what.getChildren().add(questions);
        int shown = 0;
        for (int i = 0; i < p.wordings().size(); i++) {
            if (p.focus() >= 0 && i != p.focus()) {
                continue; // a show of hands: the item being counted, large
            }
            if (shown == 4) {
                Label more = new Label(i18n.t("target.wall.moreRated", p.wordings().size() - 4));
                more.getStyleClass().add("round-more");
                what.getChildren().add(more);
                break;
            }
            String w = p.wordings().get(i);
            // One item counted by hands shows whole; a list of several shows each one's start.
            String text = p.focus() >= 0 ? w : SourceTexts.cut(w, 140);
            Label item = new Label(w.isEmpty() ? i18n.t("target.whole") : text);
            item.getStyleClass().addAll("round-item", p.focus() >= 0 ? "focus" : "list");
            item.setWrapText(true);
            item.setMinHeight(Region.USE_PREF_SIZE);
            what.getChildren().add(item);
            shown++;
        }
        boolean ballots = !hands;
        ring.setVisible(ballots);
        ring.setManaged(ballots);
        voted.setText(ballots ? i18n.t("target.wall.voted", p.answered(), p.present())
                : i18n.t("target.wall.handsPresent", p.present()));
        // The ring shows the share that have voted; the words beside it say how many. (Its own
        // percentage is computed against a rounded scale unless the maximum is 100.)
        ring.setValue(p.present() == 0 ? 0 : Math.min(100, 100.0 * p.answered() / p.present()));
    }

    private void themeTile() {
        Color text = fg.getTextFill() instanceof Color c ? c : Color.BLACK;
        Color bar = accent.getTextFill() instanceof Color c ? c : Color.DODGERBLUE;
        Color back = surface.getBackground() != null && !surface.getBackground().getFills().isEmpty()
                && surface.getBackground().getFills().get(0).getFill() instanceof Color c ? c : Color.TRANSPARENT;
        ring.setBackgroundColor(back);
        ring.setValueColor(text);
        ring.setUnitColor(text);
        ring.setTitleColor(text);
        ring.setTextColor(text);
        ring.setBarColor(bar);
        ring.setBarBackgroundColor(text.deriveColor(0, 1, 1, 0.15));
    }
}
