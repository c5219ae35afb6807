package org.zielbild.ui.modules.mandate;

import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.TileBuilder;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.TeamColors;

/**
 * While the teams work: each team's readiness ("3 of 4") as a card with a TilesFX progress ring in the
 * projector's colours; the words carry the number, the ring only shows it. Nine teams and more get
 * compact cards without rings, so every team stays on the wall.
 */
final class ProgressPane {

    private static final double RING = 140;

    private final I18n i18n;
    private final FlowPane root = new FlowPane(24, 24);
    /** Probes whose CSS colours (the projector's -zb-* names) the rings take, so they follow the theme. */
    private final Label fg = new Label();
    private final Label accent = new Label();
    private final Region surface = new Region();
    private final java.util.List<Tile> rings = new java.util.ArrayList<>();

    ProgressPane(I18n i18n) {
        this.i18n = i18n;
        root.getStyleClass().add("progress-pane");
        root.setPrefWrapLength(MandateProjection.ROOM_WIDTH);
        fg.getStyleClass().add("probe-fg");
        accent.getStyleClass().add("progress-count");
        surface.getStyleClass().add("progress-card");
        for (Region probe : new Region[] {fg, accent, surface}) {
            probe.setManaged(false);
            probe.setVisible(false);
        }
        fg.textFillProperty().addListener((obs, o, n) -> rings.forEach(this::theme));
        accent.textFillProperty().addListener((obs, o, n) -> rings.forEach(this::theme));
        surface.backgroundProperty().addListener((obs, o, n) -> rings.forEach(this::theme));
    }

    FlowPane root() {
        return root;
    }

    void show(List<MandateWall.Progress> teams) {
        root.getChildren().setAll(fg, accent, surface);
        rings.clear();
        boolean compact = teams.size() > 8;
        int n = teams.size();
        int perRow = compact ? 3 : n <= 3 ? Math.max(1, n) : n == 4 ? 2 : n <= 6 ? 3 : 4;
        double width = (MandateProjection.ROOM_WIDTH - root.getHgap() * (perRow - 1)) / perRow - 1;
        // One row of cards leaves room to say what is still open, in words.
        boolean words = !compact && n <= 3;
        for (MandateWall.Progress p : teams) {
            root.getChildren().add(card(p, compact, words, width));
        }
        if (teams.isEmpty()) {
            Label none = new Label(i18n.t("mandate.wall.noTeams"));
            none.getStyleClass().add("card-empty");
            root.getChildren().add(none);
        }
    }

    private Region card(MandateWall.Progress p, boolean compact, boolean inWords, double width) {
        Region band = new Region();
        band.getStyleClass().add("team-band");
        band.setStyle(p.color() == null ? "-fx-background-color: -zb-muted;"
                : "-fx-background-color: " + toWeb(TeamColors.fx(p.color())) + ";");
        band.setMinHeight(44);
        Label team = new Label(p.removed() ? i18n.t("mandate.removedTeam", p.team()) : p.team());
        team.getStyleClass().add("progress-team");
        team.setWrapText(true);
        team.setMinHeight(Region.USE_PREF_SIZE);
        team.setMaxWidth(width - 80);
        HBox name = new HBox(14, band, team);
        name.setAlignment(Pos.CENTER_LEFT);
        Label count = new Label(i18n.t("mandate.wall.readiness", p.met(), p.total()));
        count.getStyleClass().add("progress-count");
        count.setMinHeight(Region.USE_PREF_SIZE);
        count.setMinWidth(Region.USE_PREF_SIZE);
        VBox words = new VBox(6, count);
        if (p.met() < p.total() && !compact && !inWords) {
            Label open = new Label(i18n.t("mandate.wall.open", p.total() - p.met()));
            open.getStyleClass().add("progress-missing");
            open.setWrapText(true);
            open.setMinHeight(Region.USE_PREF_SIZE);
            words.getChildren().add(open);
        }
        words.setAlignment(Pos.CENTER_LEFT);
        HBox figures = new HBox(20);
        if (!compact) {
            figures.getChildren().add(ring(p));
        }
        figures.getChildren().add(words);
        figures.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(12, name, figures);
        if (inWords) {
            Label open = new Label(p.missing().isEmpty() ? i18n.t("mandate.wall.allReady") : i18n.t("mandate.wall.stillOpen",
                    p.missing().stream().map(item -> i18n.t("mandate.wall.missing." + item.name()))
                            .collect(java.util.stream.Collectors.joining("; "))));
            open.getStyleClass().add("progress-missing");
            open.setWrapText(true);
            open.setMinHeight(Region.USE_PREF_SIZE);
            open.setMaxWidth(width - 40);
            card.getChildren().add(open);
        }
        card.getStyleClass().add("progress-card");
        card.setPrefWidth(width);
        card.setMaxWidth(width);
        card.setMinWidth(width);
        return card;
    }

    private Tile ring(MandateWall.Progress p) {
        Tile ring = TileBuilder.create().skinType(Tile.SkinType.CIRCULAR_PROGRESS).prefSize(RING, RING)
                .minValue(0).maxValue(Math.max(1, p.total())).value(p.met()).title("").text("").unit("")
                .textVisible(false).valueVisible(false).animated(false).build();
        ring.setMinSize(RING, RING);
        ring.setMaxSize(RING, RING);
        // The ring only draws the share; the words beside it say the number (its own small texts would be unreadable).
        ring.skinProperty().addListener((obs, o, n) -> hideTexts(ring));
        rings.add(ring);
        theme(ring);
        return ring;
    }

    private void theme(Tile ring) {
        Color text = fg.getTextFill() instanceof Color c ? c : Color.BLACK;
        Color bar = accent.getTextFill() instanceof Color c ? c : Color.DODGERBLUE;
        Color back = surface.getBackground() != null && !surface.getBackground().getFills().isEmpty()
                && surface.getBackground().getFills().get(0).getFill() instanceof Color c ? c : Color.TRANSPARENT;
        ring.setBackgroundColor(back);
        ring.setBarColor(bar);
        ring.setBarBackgroundColor(text.deriveColor(0, 1, 1, 0.15));
        ring.setValueColor(text);
        ring.setTextColor(text);
        ring.setTitleColor(text);
    }

    private static void hideTexts(javafx.scene.Node n) {
        if (n instanceof javafx.scene.text.Text t) {
            t.setVisible(false);
        }
        if (n instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(ProgressPane::hideTexts);
        }
    }

    private static String toWeb(Color c) {
        return String.format("#%02x%02x%02x", (int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255),
                (int) Math.round(c.getBlue() * 255));
    }
}
