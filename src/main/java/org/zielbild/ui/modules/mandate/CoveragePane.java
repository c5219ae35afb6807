package org.zielbild.ui.modules.mandate;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.zielbild.domain.mandate.Coverage;
import org.zielbild.domain.roster.Team;
import org.zielbild.ui.common.I18n;

/**
 * The coverage matrix on the laptop: the statements that carried against the teams. A statement no
 * team serves says so in words ("served by no team"), besides its colour.
 */
final class CoveragePane {

    private final I18n i18n;
    private final Label summary = new Label();
    private final GridPane grid = new GridPane();
    private final ScrollPane root;

    CoveragePane(I18n i18n) {
        this.i18n = i18n;
        summary.setId("coverageSummary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        grid.setId("coverageMatrix");
        grid.setHgap(12);
        grid.setVgap(6);
        VBox box = new VBox(12, summary, grid);
        box.setPadding(new Insets(12));
        root = new ScrollPane(box);
        root.setFitToWidth(true);
    }

    ScrollPane root() {
        return root;
    }

    void show(Coverage c) {
        grid.getChildren().clear();
        if (c == null) {
            return;
        }
        int uncovered = c.uncovered().size();
        summary.setText(c.rows().isEmpty() ? i18n.t("mandate.coverage.none")
                : i18n.t("mandate.coverage.summary", c.rows().size() - uncovered, c.rows().size(), uncovered));
        summary.getStyleClass().setAll("label", uncovered > 0 ? "warning" : "success");
        Label head = new Label(i18n.t("mandate.coverage.statement"));
        head.getStyleClass().add("text-bold");
        grid.add(head, 0, 0);
        for (int t = 0; t < c.teams().size(); t++) {
            Team team = c.teams().get(t);
            Label name = new Label(team.name());
            name.getStyleClass().add("text-bold");
            name.setMinWidth(Region.USE_PREF_SIZE);
            grid.add(name, t + 1, 0);
            GridPane.setHalignment(name, HPos.CENTER);
        }
        for (int r = 0; r < c.rows().size(); r++) {
            Coverage.Row row = c.rows().get(r);
            Label text = new Label(row.uncovered() ? i18n.t("mandate.coverage.uncovered", row.text()) : row.text());
            text.setWrapText(true);
            text.setMaxWidth(460);
            text.setMinHeight(Region.USE_PREF_SIZE);
            text.getStyleClass().add(row.uncovered() ? "danger" : "coverage-statement");
            text.setId("coverageRow" + r);
            grid.add(text, 0, r + 1);
            for (int t = 0; t < row.served().size(); t++) {
                boolean served = row.served().get(t);
                Label cell = new Label(i18n.t(served ? "mandate.coverage.serves" : "mandate.coverage.no"));
                cell.getStyleClass().add(served ? "success" : "text-muted");
                cell.setMinWidth(Region.USE_PREF_SIZE);
                grid.add(cell, t + 1, r + 1);
                GridPane.setHalignment(cell, HPos.CENTER);
            }
        }
    }
}
