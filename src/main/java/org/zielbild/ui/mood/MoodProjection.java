package org.zielbild.ui.mood;

import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.zielbild.domain.MoodKind;
import org.zielbild.domain.MoodRound;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.ProjectionSurface;

/**
 * What the room sees of a mood round, for 1920 × 1080: while moods are given only how many have
 * come in; once shown the distribution, the mean and the most common words; for a check-out the
 * check-in beside it. Never a name, never a single entry, never a sentence.
 */
public final class MoodProjection {

    public static final String STYLESHEET = Objects.requireNonNull(
            MoodProjection.class.getResource("mood.css")).toExternalForm();

    private final MoodRoundViewModel vm;
    private final I18n i18n;
    private final Label title = new Label();
    private final Label status = new Label();
    private final BorderPane root = ProjectionSurface.create(STYLESHEET, "mood-projection", title, status);
    private String shown = "";

    public MoodProjection(MoodRoundViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        status.setId("moodProjectionStatus");
        vm.roundProperty().addListener((obs, o, n) -> refresh());
        vm.beforeProperty().addListener((obs, o, n) -> refresh());
        refresh();
    }

    public Node root() {
        return root;
    }

    /** "waiting", "collecting" or "results"; for tests. */
    public String shown() {
        return shown;
    }

    private void refresh() {
        boolean out = vm.kind() == MoodKind.CHECK_OUT;
        title.setText(i18n.t(out ? "mood.checkOut" : "mood.checkIn"));
        MoodRound r = vm.roundProperty().get();
        MoodStats stats = vm.statsProperty().get();
        if (r == null) {
            shown = "waiting";
            status.setText(i18n.t("mood.projection.soon"));
            root.setCenter(null);
        } else if (!r.revealed()) {
            shown = "collecting";
            status.setText(i18n.t(r.anonymous() ? "mood.projection.anonymous" : "mood.projection.named"));
            Label count = new Label(Integer.toString(stats.total()));
            count.setId("moodCount");
            count.getStyleClass().add("mood-big-count");
            Label unit = new Label(i18n.t("mood.projection.soFar", stats.total()));
            unit.getStyleClass().add("mood-big-unit");
            VBox box = new VBox(8, count, unit);
            box.setAlignment(Pos.CENTER);
            root.setCenter(box);
        } else {
            shown = "results";
            MoodStats before = out && vm.beforeProperty().get() != null ? vm.beforeStatsProperty().get() : null;
            status.setText(before == null ? i18n.t("mood.projection.results", stats.total(), MoodWords.mean(i18n, stats))
                    : i18n.t("mood.projection.compare", MoodWords.mean(i18n, before), MoodWords.mean(i18n, stats)));
            MoodChart chart = new MoodChart(i18n, true);
            chart.compare(before, stats);
            VBox side = new VBox(18);
            if (before != null) {
                side.getChildren().add(legend());
            }
            Label wordsTitle = new Label(i18n.t("mood.projection.words"));
            wordsTitle.getStyleClass().add("rank-heading");
            side.getChildren().addAll(wordsTitle, MoodWords.chips(i18n, stats, 8, true));
            side.setPrefWidth(620);
            HBox body = new HBox(80, chart.root(), side);
            body.setId("moodResults");
            body.setAlignment(Pos.CENTER);
            side.setAlignment(Pos.CENTER_LEFT);
            body.setPadding(new Insets(24, 48, 48, 48));
            root.setCenter(body);
        }
    }

    private Node legend() {
        Label before = new Label(i18n.t("mood.checkIn"));
        before.getStyleClass().addAll("mood-legend", "mood-legend-before");
        Label after = new Label(i18n.t("mood.checkOut"));
        after.getStyleClass().addAll("mood-legend", "mood-legend-after");
        return new VBox(10, before, after);
    }
}
