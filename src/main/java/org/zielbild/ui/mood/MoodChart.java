package org.zielbild.ui.mood;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.zielbild.domain.MoodEntry;
import org.zielbild.ui.common.I18n;

/**
 * How many gave each score, as bars from 1 (bad) to 5 (good); with a second round, before and
 * after side by side. Counts only: a chart, never names. Sized by CSS ({@code mood-chart-large}
 * for the projector).
 */
public final class MoodChart {

    private final I18n i18n;
    private final double barHeight;
    private final double columnWidth;
    private final HBox root = new HBox();

    public MoodChart(I18n i18n, boolean large) {
        this.i18n = i18n;
        this.barHeight = large ? 380 : 120;
        this.columnWidth = large ? 190 : 62;
        root.getStyleClass().addAll("mood-chart", large ? "mood-chart-large" : "mood-chart-small");
        root.setAlignment(Pos.BOTTOM_CENTER);
        root.setSpacing(large ? 12 : 4);
    }

    public HBox root() {
        return root;
    }

    public void show(MoodStats stats) {
        compare(null, stats);
    }

    /** Before (may be null) and after, per score. */
    public void compare(MoodStats before, MoodStats after) {
        root.getChildren().clear();
        int max = Math.max(1, Math.max(after.max(), before == null ? 0 : before.max()));
        for (int score = MoodEntry.MIN_SCORE; score <= MoodEntry.MAX_SCORE; score++) {
            HBox bars = new HBox(4);
            bars.setAlignment(Pos.BOTTOM_CENTER);
            if (before != null) {
                bars.getChildren().add(bar(before.counts()[score - 1], max, "mood-bar-before"));
            }
            bars.getChildren().add(bar(after.counts()[score - 1], max, "mood-bar-" + score));
            Label scoreLabel = new Label(Integer.toString(score));
            scoreLabel.getStyleClass().add("mood-score");
            Label caption = new Label(i18n.t("mood.score." + score));
            caption.getStyleClass().add("mood-caption");
            VBox column = new VBox(6, bars, scoreLabel, caption);
            column.setAlignment(Pos.BOTTOM_CENTER);
            column.setMinWidth(columnWidth);
            column.setPrefWidth(columnWidth);
            root.getChildren().add(column);
        }
    }

    private VBox bar(int count, int max, String style) {
        Region bar = new Region();
        bar.getStyleClass().addAll("mood-bar", style);
        double h = count == 0 ? 2 : barHeight * count / max;
        bar.setMinHeight(h);
        bar.setPrefHeight(h);
        bar.setMaxHeight(h);
        Label n = new Label(Integer.toString(count));
        n.getStyleClass().add("mood-count");
        VBox box = new VBox(4, n, bar);
        box.setAlignment(Pos.BOTTOM_CENTER);
        return box;
    }
}
