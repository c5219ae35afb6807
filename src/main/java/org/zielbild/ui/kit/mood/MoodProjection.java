package org.zielbild.ui.kit.mood;

import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.zielbild.domain.mood.MoodEntry;
import org.zielbild.domain.mood.MoodKind;
import org.zielbild.domain.mood.MoodRound;
import org.zielbild.domain.mood.MoodStats;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.ProjectionSurface;

/**
 * What the room sees of a mood round, for 1920 × 1080: while moods are given only how many have
 * come in; once shown the distribution (the chart takes the full height), the mean in large type
 * and the most common words; for a check-out the check-in beside it. Never a name, never a
 * single entry, never a sentence.
 */
public final class MoodProjection extends ProjectionSurface {

    public static final String STYLESHEET = Objects.requireNonNull(
            MoodProjection.class.getResource("mood.css")).toExternalForm();

    /** Words shown beside the chart: two rows' worth on the wall. */
    private static final int WORDS = 6;
    private static final double SIDE_WIDTH = 540;

    private final MoodFeed feed;
    private final I18n i18n;
    private MoodChart chart;

    /** @param feed the round, read-only: the projection can change nothing */
    public MoodProjection(MoodFeed feed, I18n i18n) {
        super(STYLESHEET, "mood-projection", "moodProjectionStatus");
        this.feed = feed;
        this.i18n = i18n;
        feed.roundProperty().addListener((obs, o, n) -> refresh());
        feed.beforeProperty().addListener((obs, o, n) -> refresh());
        refresh();
    }

    /** The chart on show, for tests; null before the results are shown. */
    MoodChart chart() {
        return chart;
    }

    private void refresh() {
        boolean out = feed.kind() == MoodKind.CHECK_OUT;
        String title = i18n.t(out ? "mood.checkOut" : "mood.checkIn");
        MoodRound r = feed.roundProperty().get();
        MoodStats stats = feed.statsProperty().get();
        chart = null;
        if (r == null) {
            show("waiting", title, i18n.t("mood.projection.soon"), null);
        } else if (!r.revealed()) {
            Label count = new Label(Integer.toString(stats.total()));
            count.setId("moodCount");
            count.getStyleClass().add("mood-big-count");
            Label unit = new Label(i18n.t("mood.projection.soFar", stats.total()));
            unit.getStyleClass().add("mood-big-unit");
            VBox box = new VBox(8, count, unit);
            box.setAlignment(Pos.CENTER);
            show("collecting", title, i18n.t(r.anonymous() ? "mood.projection.anonymous" : "mood.projection.named"), box);
        } else {
            MoodStats before = out && feed.beforeProperty().get() != null ? feed.beforeStatsProperty().get() : null;
            String status = before == null ? i18n.t("mood.projection.results", stats.total(), MoodWords.mean(i18n, stats))
                    : i18n.t("mood.projection.compare", MoodWords.mean(i18n, before), MoodWords.mean(i18n, stats));
            show("results", title, status, results(before, stats));
        }
    }

    /**
     * The chart on the left, as high as the room below the title (with the legend under it when
     * it compares); the mean and the most common words on the right. Sized to fit the projector's
     * room below its title band (about 1680 × 550 design px here), not only a whole 1920 × 1080.
     */
    private Node results(MoodStats before, MoodStats now) {
        chart = new MoodChart(i18n, true);
        chart.compare(before, now);
        VBox left = new VBox(12, chart.root());
        VBox.setVgrow(chart.root(), Priority.ALWAYS);
        if (before != null) {
            left.getChildren().add(legend());
        }
        Node words = MoodWords.block(i18n, now, WORDS, true,
                before == null ? "mood.projection.words" : "mood.projection.wordsNow", "mood.projection.noWords");
        VBox side = new VBox(28, before == null ? meanBlock(now) : compareBlock(before, now), words);
        side.getStyleClass().add("mood-side");
        side.setAlignment(Pos.TOP_LEFT);
        side.setMinWidth(SIDE_WIDTH);
        side.setPrefWidth(SIDE_WIDTH);
        side.setMaxWidth(SIDE_WIDTH);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox body = new HBox(56, left, side);
        body.setId("moodResults");
        return body;
    }

    private Node meanBlock(MoodStats stats) {
        Label caption = new Label(i18n.t("mood.projection.mean"));
        caption.getStyleClass().add("mood-mean-caption");
        Label value = new Label(MoodWords.mean(i18n, stats));
        value.setId("moodMean");
        value.getStyleClass().add("mood-mean");
        Label scale = new Label(i18n.t("mood.projection.scale", MoodEntry.MIN_SCORE, MoodEntry.MAX_SCORE));
        scale.getStyleClass().add("mood-mean-caption");
        scale.setWrapText(true);
        // Wrapped, never cut: "auf einer Skala von 1 (sehr …" was (issue 15).
        scale.setMinHeight(Region.USE_PREF_SIZE);
        return new VBox(0, caption, value, scale);
    }

    /** Check-in and check-out means side by side, the moment the room sees how far it has come. */
    private Node compareBlock(MoodStats before, MoodStats now) {
        Label caption = new Label(i18n.t("mood.projection.mean"));
        caption.getStyleClass().add("mood-mean-caption");
        Label from = new Label(MoodWords.mean(i18n, before));
        from.setId("moodMeanBefore");
        from.getStyleClass().addAll("mood-mean", "mood-mean-before");
        Label arrow = new Label("→");
        arrow.getStyleClass().add("mood-mean-arrow");
        Label to = new Label(MoodWords.mean(i18n, now));
        to.setId("moodMean");
        to.getStyleClass().add("mood-mean");
        HBox values = new HBox(20, from, arrow, to);
        values.setAlignment(Pos.BASELINE_LEFT);
        return new VBox(0, caption, values);
    }

    /** Swatches drawn like the bars: the check-in dashed grey, the check-out in the score colours. */
    private Node legend() {
        Region beforeSwatch = new Region();
        beforeSwatch.getStyleClass().addAll("mood-bar", "mood-bar-before", "mood-legend-swatch");
        HBox afterSwatch = new HBox(2);
        for (int score = MoodEntry.MIN_SCORE; score <= MoodEntry.MAX_SCORE; score++) {
            Region part = new Region();
            part.getStyleClass().addAll("mood-bar", "mood-bar-" + score, "mood-legend-part");
            afterSwatch.getChildren().add(part);
        }
        Label before = new Label(i18n.t("mood.checkIn"), beforeSwatch);
        before.getStyleClass().add("mood-legend");
        Label after = new Label(i18n.t("mood.checkOut"), afterSwatch);
        after.getStyleClass().add("mood-legend");
        HBox legend = new HBox(48, before, after);
        legend.setId("moodLegend");
        legend.setAlignment(Pos.CENTER);
        return legend;
    }
}
