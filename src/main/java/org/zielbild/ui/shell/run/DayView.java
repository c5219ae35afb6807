package org.zielbild.ui.shell.run;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.zielbild.domain.day.StageTiming;
import org.zielbild.ui.common.I18n;

/** The day view: a table of every stage, planned against actual, and when the day will end. */
public final class DayView {

    private final VBox root = new VBox(14);
    private final GridPane table = new GridPane();
    private final I18n i18n;

    public DayView(DayViewModel vm, I18n i18n) {
        this.i18n = i18n;
        Label title = new Label(i18n.t("day.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label summary = new Label();
        summary.setId("daySummaryLine");
        summary.textProperty().bind(vm.summaryProperty());
        summary.setWrapText(true);
        Label delay = new Label();
        delay.setId("dayDelay");
        delay.getStyleClass().add(Styles.TEXT_BOLD);
        delay.textProperty().bind(vm.delayProperty());
        table.setId("dayTable");
        table.setHgap(18);
        table.setVgap(8);
        for (int i = 0; i < 7; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setHalignment(i == 1 ? HPos.LEFT : HPos.RIGHT);
            c.setMinWidth(Region.USE_PREF_SIZE);
            if (i == 1) {
                c.setPrefWidth(300);
                c.setMinWidth(180);
            }
            table.getColumnConstraints().add(c);
        }
        Label legend = new Label(i18n.t("day.noneLegend"));
        legend.setId("dayNoneLegend");
        legend.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        legend.setWrapText(true);
        legend.setMinHeight(Region.USE_PREF_SIZE);
        legend.maxWidthProperty().bind(table.widthProperty());
        Label hint = new Label(i18n.t("day.close"));
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        root.getChildren().addAll(title, summary, delay, table, legend, hint);
        root.setId("dayView");
        root.getStyleClass().add("overlay-card");
        root.setPadding(new Insets(24));
        root.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        vm.rowsProperty().addListener((obs, old, now) -> fill(now));
        fill(vm.rowsProperty().get());
    }

    public Node root() {
        return root;
    }

    private void fill(List<DayViewModel.Row> rows) {
        table.getChildren().clear();
        String[] headers = {"#", i18n.t("day.col.stage"), i18n.t("day.col.planned"), i18n.t("day.col.start"),
            i18n.t("day.col.end"), i18n.t("day.col.actual"), i18n.t("day.col.deviation")};
        for (int c = 0; c < headers.length; c++) {
            Label h = new Label(headers[c]);
            h.getStyleClass().addAll(Styles.TEXT_CAPTION, Styles.TEXT_MUTED);
            table.add(h, c, 0);
        }
        int r = 1;
        for (DayViewModel.Row row : rows) {
            Label title = new Label(row.title());
            title.setWrapText(true);
            Label deviation = new Label(row.deviation());
            if (row.late()) {
                deviation.getStyleClass().add(Styles.DANGER);
            }
            Label[] cells = {new Label(String.valueOf(row.number())), title, new Label(row.planned()),
                new Label(row.start()), new Label(row.end()), new Label(row.actual()), deviation};
            if (row.state() == StageTiming.State.RUNNING || row.state() == StageTiming.State.PAUSED) {
                for (Label cell : cells) {
                    cell.getStyleClass().addAll(Styles.ACCENT, Styles.TEXT_BOLD);
                }
            }
            table.addRow(r++, cells);
        }
    }
}
