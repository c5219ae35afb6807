package org.zielbild.ui.modules.coaching;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.zielbild.domain.Message;
import org.zielbild.domain.coaching.AssignmentRun;
import org.zielbild.ui.common.I18n;

/** The ranks received, as small bars on the laptop: 1st choice, 2nd, ..., not ranked, did not vote. */
final class HistogramBars {

    private static final double FULL = 150;

    private final VBox root = new VBox(6);
    private final GridPane grid = new GridPane();
    private final I18n i18n;

    HistogramBars(ResultViewModel vm, I18n i18n) {
        this.i18n = i18n;
        Label title = new Label(i18n.t("coaching.result.histogram"));
        title.getStyleClass().add("coaching-section");
        grid.setId("resultHistogram");
        grid.setHgap(8);
        grid.setVgap(4);
        root.getChildren().addAll(title, grid);
        vm.runProperty().addListener((obs, o, n) -> show(n));
        show(vm.runProperty().get());
    }

    Node root() {
        return root;
    }

    private void show(AssignmentRun run) {
        grid.getChildren().clear();
        if (run == null) {
            return;
        }
        int total = Math.max(1, run.placements().size());
        int row = 0;
        for (int rank = 1; rank <= run.byRank().size(); rank++) {
            row(row++, i18n.t("coaching.result.rankRow", i18n.text(Message.of("coaching.ordinal", rank))),
                    run.byRank().get(rank - 1), total);
        }
        row(row++, i18n.t("coaching.result.unrankedRow"), run.unranked(), total);
        row(row, i18n.t("coaching.result.notVotedRow"), run.notVoted(), total);
    }

    private void row(int row, String label, int count, int total) {
        Label name = new Label(label);
        name.setMinWidth(Region.USE_PREF_SIZE);
        Region bar = new Region();
        bar.setStyle("-fx-background-color: -color-accent-emphasis; -fx-background-radius: 3;");
        bar.setPrefSize(Math.max(2, FULL * count / total), 14);
        bar.setMaxHeight(14);
        Label value = new Label(String.valueOf(count));
        GridPane.setValignment(bar, javafx.geometry.VPos.CENTER);
        grid.addRow(row, name, bar, value);
        GridPane.setHalignment(value, javafx.geometry.HPos.LEFT);
        value.setAlignment(Pos.CENTER_LEFT);
    }
}
