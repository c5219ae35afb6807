package org.zielbild.ui.modules.target;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.zielbild.ui.common.I18n;

/**
 * The target picture as a poster: statement cards in their colours, as large as the room allows
 * (never below 28 px), in as many columns as make them fit. Cards that do not fit even at 28 px are
 * named in a last line, never cut.
 */
final class PosterPane {

    /** Text sizes tried, largest first. */
    private static final double[] SIZES = {48, 42, 36, 32, 28};
    static final double PICTURE_HEIGHT = 150;
    private static final double GAP = 24;
    private static final double PADDING = 56; // card padding, both sides, plus the colour band

    private final I18n i18n;
    private final GridPane grid = new GridPane();
    private final VBox root = new VBox(16, grid);
    private final java.util.Map<String, Image> images = new java.util.HashMap<>();

    PosterPane(I18n i18n) {
        this.i18n = i18n;
        grid.setId("posterGrid");
        grid.setHgap(GAP);
        grid.setVgap(GAP);
        root.getStyleClass().add("poster");
    }

    VBox root() {
        return root;
    }

    /**
     * Lays the cards out for a room of {@code width} × {@code height} design px: the largest text
     * that fits, then the fewest columns. Measured with the real nodes once the poster is in a scene
     * (the projector's), estimated before.
     */
    void show(List<TargetWall.Card> cards, double width, double height) {
        if (cards.isEmpty()) {
            Label empty = new Label(i18n.t("target.wall.empty"));
            empty.getStyleClass().add("poster-empty");
            empty.setWrapText(true);
            root.getChildren().setAll(empty);
            return;
        }
        for (double size : SIZES) {
            for (int columns = 1; columns <= 4; columns++) {
                if (columns > 1 && cards.size() < columns || (width - GAP * (columns - 1)) / columns - PADDING < 12 * size) {
                    continue;
                }
                if (fits(cards, cards.size(), columns, size, width, height)) {
                    build(cards, cards.size(), columns, size);
                    if (measuredFits(width, height)) {
                        return;
                    }
                }
            }
        }
        int shown = cards.size() - 1;
        while (shown > 1) {
            build(cards, shown, 4, 28);
            if (fits(cards, shown, 4, 28, width, height - 60) && measuredFits(width, height - 60)) {
                break;
            }
            shown--;
        }
        build(cards, Math.max(1, shown), 4, 28);
        Label more = new Label(i18n.t("target.wall.more", cards.size() - Math.max(1, shown)));
        more.getStyleClass().add("poster-more");
        root.getChildren().add(more);
    }

    private void build(List<TargetWall.Card> cards, int count, int columns, double size) {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        root.getChildren().setAll(grid);
        for (int c = 0; c < columns; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / columns);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
        }
        for (int i = 0; i < count; i++) {
            grid.add(card(cards.get(i), size), i % columns, i / columns);
        }
    }

    /** True when the grid, styled, needs no more than {@code height} at {@code width}; true when not measurable yet. */
    private boolean measuredFits(double width, double height) {
        if (grid.getScene() == null) {
            return true;
        }
        grid.applyCss();
        return grid.prefHeight(width) <= height;
    }

    private Region card(TargetWall.Card c, double size) {
        Label text = new Label(c.text());
        text.setWrapText(true);
        text.getStyleClass().add("poster-text");
        text.setStyle("-fx-font-size: " + size + "px;");
        text.setMinHeight(Region.USE_PREF_SIZE);
        VBox body = new VBox(8);
        if (c.pictureUrl() != null) {
            ImageView view = new ImageView(images.computeIfAbsent(c.pictureUrl(),
                    u -> new Image(u, 0, PICTURE_HEIGHT * 2, true, true, true)));
            view.setFitHeight(PICTURE_HEIGHT);
            view.setPreserveRatio(true);
            body.getChildren().add(view);
        }
        body.getChildren().add(text);
        if (!c.horizon().isEmpty()) {
            Label when = new Label(c.horizon());
            when.getStyleClass().add("poster-horizon");
            when.setWrapText(true);
            body.getChildren().add(when);
        }
        Region band = new Region();
        band.getStyleClass().add("poster-band");
        band.setMinWidth(16);
        band.setStyle(c.color() == null ? "" : "-fx-background-color: " + c.color().hex() + ";");
        HBox.setHgrow(body, Priority.ALWAYS);
        HBox card = new HBox(20, band, body);
        card.getStyleClass().add("poster-card");
        card.setAlignment(Pos.TOP_LEFT);
        card.setPadding(new Insets(0, 24, 20, 0));
        card.setMaxHeight(Double.MAX_VALUE);
        return card;
    }

    private static boolean fits(List<TargetWall.Card> cards, int count, int columns, double size, double width,
                                double height) {
        if (columns > 1 && count < columns) {
            return false;
        }
        double columnWidth = (width - GAP * (columns - 1)) / columns;
        double textWidth = columnWidth - PADDING;
        if (textWidth < 12 * size) {
            return false; // too narrow for a readable line
        }
        List<Double> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            TargetWall.Card c = cards.get(i);
            double h = textHeight(c.text(), size, textWidth) + 40; // card padding above and below
            if (c.pictureUrl() != null) {
                h += PICTURE_HEIGHT + 8;
            }
            if (!c.horizon().isEmpty()) {
                h += textHeight(c.horizon(), 28, textWidth) + 8;
            }
            int row = i / columns;
            if (rows.size() <= row) {
                rows.add(h);
            } else {
                rows.set(row, Math.max(rows.get(row), h));
            }
        }
        double total = rows.stream().mapToDouble(Double::doubleValue).sum() + GAP * (rows.size() - 1);
        return total <= height * 0.95; // measured with the default font: leave room for the real one
    }

    static double textHeight(String text, double size, double width) {
        Text t = new Text(text);
        t.setFont(Font.font(Font.getDefault().getFamily(), size));
        t.setWrappingWidth(width);
        t.setLineSpacing(0);
        return Math.ceil(t.getLayoutBounds().getHeight()) + 2;
    }
}
