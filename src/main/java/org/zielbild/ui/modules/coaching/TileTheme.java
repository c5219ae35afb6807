package org.zielbild.ui.modules.coaching;

import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.skins.BarChartItem;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * TilesFX tiles take colours, not CSS: this reads the projector's looked-up colours (-zb-fg,
 * -zb-muted, -zb-accent, -zb-surface) from small invisible probes styled with them and paints every
 * registered tile with them, again whenever the projector's theme (light or dark) changes them.
 */
final class TileTheme {

    private final Label fg = probe("coaching-probe-fg");
    private final Label muted = probe("coaching-probe-muted");
    private final Label accent = probe("coaching-probe-accent");
    private final Region surface = new Region();
    private final StackPane probes = new StackPane(fg, muted, accent, surface);
    private final List<Tile> tiles = new ArrayList<>();

    TileTheme() {
        surface.getStyleClass().add("coaching-probe");
        probes.setVisible(false);
        probes.setManaged(false);
        for (Label l : List.of(fg, muted, accent)) {
            l.textFillProperty().addListener((obs, o, n) -> repaint());
        }
        surface.backgroundProperty().addListener((obs, o, n) -> repaint());
    }

    /** The probes: they must be in the projection's scene graph to be styled. */
    Node probes() {
        return probes;
    }

    /** Paints the tile now and whenever the theme changes. */
    <T extends Tile> T themed(T tile) {
        tiles.add(tile);
        paint(tile);
        return tile;
    }

    /** Forgets the tiles of a body that is no longer shown. */
    void clear() {
        tiles.clear();
    }

    private void repaint() {
        tiles.forEach(this::paint);
    }

    private void paint(Tile tile) {
        Color text = color(fg.getTextFill(), Color.web("#1f2328"));
        Color quiet = color(muted.getTextFill(), Color.web("#555e68"));
        Color bar = color(accent.getTextFill(), Color.web("#0550ae"));
        Color back = background();
        tile.setBackgroundColor(back);
        tile.setForegroundColor(text);
        tile.setTitleColor(text);
        tile.setValueColor(text);
        tile.setUnitColor(quiet);
        tile.setTextColor(quiet);
        tile.setBarColor(bar);
        tile.setBarBackgroundColor(quiet.deriveColor(0, 1, 1, 0.35));
        for (BarChartItem item : tile.getBarChartItems()) {
            item.setBarColor(bar);
            item.setNameColor(text);
            item.setValueColor(text);
            item.setBarBackgroundColor(quiet.deriveColor(0, 1, 1, 0.35));
        }
    }

    private Color background() {
        Background b = surface.getBackground();
        if (b != null && !b.getFills().isEmpty() && b.getFills().get(0).getFill() instanceof Color c) {
            return c;
        }
        return Color.web("#f3f5f8");
    }

    private static Color color(Paint p, Color fallback) {
        return p instanceof Color c ? c : fallback;
    }

    private static Label probe(String style) {
        Label l = new Label(" ");
        l.getStyleClass().add(style);
        return l;
    }
}
