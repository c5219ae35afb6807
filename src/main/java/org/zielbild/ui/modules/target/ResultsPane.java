package org.zielbild.ui.modules.target;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.zielbild.domain.target.CountingBase;
import org.zielbild.ui.common.I18n;

/**
 * A revealed round on the wall: per rated item the verdict in words with an icon ("carries" ✓,
 * "needs rework" ✎, never by colour alone) and its wording, then one line per question with the
 * numbers and a bar with the threshold line. Up to three items fill the width; more go into two
 * columns with each wording on one line (the poster and the laptop show it whole); beyond ten the
 * rest are named in a last line.
 */
final class ResultsPane {

    static final int MOST = 10;
    /** The wording's font on the wall (target.css .result-wording), to shorten it to one line. */
    private static final javafx.scene.text.Font WORDING_FONT = javafx.scene.text.Font.font(
            javafx.scene.text.Font.getDefault().getFamily(), javafx.scene.text.FontWeight.BOLD, 30);
    private static final double COLUMN_GAP = 40;
    private static final double ROW_GAP = 14;

    private final I18n i18n;
    private final GridPane grid = new GridPane();
    private final VBox root = new VBox(10, grid);

    ResultsPane(I18n i18n) {
        this.i18n = i18n;
        grid.setId("wallResults");
        grid.setHgap(COLUMN_GAP);
        grid.setVgap(ROW_GAP);
        root.getStyleClass().add("results");
    }

    VBox root() {
        return root;
    }

    void show(List<TargetWall.Result> all, double width, double height) {
        grid.getChildren().clear();
        root.getChildren().setAll(grid);
        List<TargetWall.Result> results = all.size() > MOST ? all.subList(0, MOST - 1) : all;
        int columns = results.size() > 3 ? 2 : 1;
        int rows = (results.size() + columns - 1) / columns;
        double columnWidth = (width - COLUMN_GAP * (columns - 1)) / columns;
        double room = (height - ROW_GAP * (rows - 1) - (results.size() < all.size() ? 50 : 0)) / rows;
        boolean tight = room < 150;
        for (int i = 0; i < results.size(); i++) {
            grid.add(item(results.get(i), columnWidth, columns > 1, tight), i / rows, i % rows);
        }
        if (results.size() < all.size()) {
            Label more = new Label(i18n.t("target.wall.moreResults", all.size() - results.size()));
            more.getStyleClass().add("poster-more");
            root.getChildren().add(more);
        }
    }

    private Region item(TargetWall.Result r, double width, boolean oneLine, boolean tight) {
        Label verdict = new Label(i18n.t(r.carries() ? "target.wall.carries" : "target.wall.rework"),
                new FontIcon(r.carries() ? MaterialDesignC.CHECK_CIRCLE : MaterialDesignP.PENCIL_CIRCLE));
        verdict.getStyleClass().addAll("result-verdict", r.carries() ? "carries" : "rework");
        verdict.setMinWidth(Region.USE_PREF_SIZE);
        double padding = 44;
        String text = r.wholePicture() ? i18n.t("target.whole") : r.wording();
        double verdictWidth = 310;
        Label what = new Label(oneLine ? OneLine.fit(text, WORDING_FONT, (width - padding - verdictWidth - 16) * 0.95) : text);
        what.getStyleClass().addAll("result-wording", r.wholePicture() ? "whole" : "statement");
        what.setWrapText(!oneLine);
        what.setMinHeight(Region.USE_PREF_SIZE);
        double captionWidth = Math.min(400, (width - padding) * 0.48);
        double barWidth = width - padding - captionWidth - 16;
        double barHeight = tight ? 22 : 30;
        boolean withNeeded = r.base() == CountingBase.CAST;
        HBox head = oneLine ? new HBox(16, verdict, what) : new HBox(16, verdict);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(tight ? 2 : 6, head);
        if (!oneLine) {
            box.getChildren().add(what);
        }
        box.getChildren().addAll(ResultBar.of(i18n, "target.wall.benefit", r.benefit(), r.threshold(), captionWidth, barWidth, barHeight,
                        withNeeded),
                ResultBar.of(i18n, "target.wall.attractive", r.attractive(), r.threshold(), captionWidth, barWidth,
                        barHeight, withNeeded));
        box.getStyleClass().addAll("result-item", r.carries() ? "carries" : "rework", r.wholePicture() ? "whole" : "one");
        box.setPadding(new Insets(tight ? 8 : 12, 22, tight ? 8 : 12, 22));
        box.setMinWidth(width);
        box.setPrefWidth(width);
        box.setMaxWidth(width);
        return box;
    }

}
