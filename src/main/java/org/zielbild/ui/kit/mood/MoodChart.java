package org.zielbild.ui.kit.mood;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.zielbild.domain.mood.MoodEntry;
import org.zielbild.domain.mood.MoodStats;
import org.zielbild.ui.common.I18n;

/**
 * How many gave each score, as bars from 1 (bad) to 5 (good); with a second round, before and
 * after side by side. Counts only: a chart, never names. The bars take the height the chart is
 * given ({@link MoodBar}); sizes of type and bars come from CSS ({@code mood-chart-large} for
 * the projector).
 */
public final class MoodChart {

    private final I18n i18n;
    private final double prefBar;
    private final boolean large;
    private final HBox root = new HBox();
    private final List<MoodBar> bars = new ArrayList<>();

    public MoodChart(I18n i18n, boolean large) {
        this.i18n = i18n;
        // On the laptop a preview beside the form: low enough to leave the list of moods its room at 1280 x 800.
        this.prefBar = large ? 380 : 44;
        this.large = large;
        root.getStyleClass().addAll("mood-chart", large ? "mood-chart-large" : "mood-chart-small");
        root.setAlignment(Pos.BOTTOM_CENTER);
        root.setSpacing(large ? 20 : 4);
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
        bars.clear();
        int max = Math.max(1, Math.max(after.max(), before == null ? 0 : before.max()));
        for (int score = MoodEntry.MIN_SCORE; score <= MoodEntry.MAX_SCORE; score++) {
            HBox pair = new HBox(6);
            pair.setAlignment(Pos.BOTTOM_CENTER);
            if (before != null) {
                pair.getChildren().add(bar(before.counts()[score - 1], max, "mood-bar-before"));
            }
            pair.getChildren().add(bar(after.counts()[score - 1], max, "mood-bar-" + score));
            if (large) {
                VBox.setVgrow(pair, Priority.ALWAYS);
            }
            Label scoreLabel = new Label(Integer.toString(score));
            scoreLabel.getStyleClass().add("mood-score");
            Label caption = new Label(i18n.t("mood.score." + score));
            caption.getStyleClass().add("mood-caption");
            // Long captions ("sehr schlecht") wrap under their column rather than being cut.
            caption.setWrapText(true);
            caption.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
            caption.setAlignment(Pos.CENTER);
            VBox column = new VBox(6, pair, scoreLabel, caption);
            column.getStyleClass().add("mood-column");
            column.setAlignment(Pos.BOTTOM_CENTER);
            HBox.setHgrow(column, Priority.ALWAYS);
            root.getChildren().add(column);
        }
    }

    private MoodBar bar(int count, int max, String style) {
        MoodBar bar = new MoodBar(count, max, style, prefBar, large);
        bars.add(bar);
        return bar;
    }

    /** The bars as laid out, for tests. */
    List<MoodBar> bars() {
        return List.copyOf(bars);
    }
}
