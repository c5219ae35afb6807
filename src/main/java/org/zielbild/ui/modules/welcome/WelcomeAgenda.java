package org.zielbild.ui.modules.welcome;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.modules.welcome.WelcomeViewModel.PlannedStage;

/**
 * The agenda as a grid of number, title and minutes. Rows are kept and only their texts change,
 * so renaming a stage sets one label's text instead of building the grid again; rows are added or
 * removed only when the number of stages changes.
 */
final class WelcomeAgenda {

    /** One row's labels and the minutes its text was made for. */
    private static final class Row {
        final Label number = new Label();
        final Label title = new Label();
        final Label minutes = new Label();
        int shownMinutes = -1;

        Row() {
            title.setWrapText(true);
            minutes.getStyleClass().add(Styles.TEXT_MUTED);
        }
    }

    private final I18n i18n;
    private final GridPane grid = new GridPane();
    private final List<Row> rows = new ArrayList<>();

    WelcomeAgenda(I18n i18n) {
        this.i18n = i18n;
        grid.setHgap(16);
        grid.setVgap(6);
        grid.getStyleClass().add("welcome-agenda");
    }

    GridPane node() {
        return grid;
    }

    void show(List<PlannedStage> lines) {
        while (rows.size() > lines.size()) {
            Row gone = rows.remove(rows.size() - 1);
            grid.getChildren().removeAll(gone.number, gone.title, gone.minutes);
        }
        for (int i = 0; i < lines.size(); i++) {
            if (i == rows.size()) {
                Row row = new Row();
                rows.add(row);
                grid.addRow(i, row.number, row.title, row.minutes);
            }
            Row row = rows.get(i);
            PlannedStage line = lines.get(i);
            row.number.setText(line.number() + ".");
            row.title.setText(line.title());
            if (row.shownMinutes != line.minutes()) {
                row.shownMinutes = line.minutes();
                row.minutes.setText(i18n.t("welcome.minutes", line.minutes()));
            }
        }
    }
}
