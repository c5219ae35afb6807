package org.zielbild.ui.modules.mandate;

import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.zielbild.ui.common.I18n;

/**
 * The coverage matrix on the wall: carried statements (rows) against teams (columns), "✓ serves" or
 * "—" in each cell; a statement no team serves carries "No team yet" in words on a danger badge. Rows
 * that do not fit are counted, never shrunk.
 */
final class MatrixPane {

    private static final double TEAM_COLUMN = 210;
    private static final double ROW_GAP = 14;

    private final I18n i18n;
    private final VBox root = new VBox(16);

    MatrixPane(I18n i18n) {
        this.i18n = i18n;
        root.setId("coverageWall");
    }

    VBox root() {
        return root;
    }

    void show(MandateWall.Matrix m, double width, double height) {
        root.getChildren().clear();
        if (m.statements().isEmpty()) {
            Label none = new Label(i18n.t("mandate.wall.noCarried"));
            none.getStyleClass().add("card-empty");
            none.setWrapText(true);
            root.getChildren().add(none);
            return;
        }
        int teams = m.teams().size();
        double teamWidth = Math.min(TEAM_COLUMN, (width * 0.5) / Math.max(1, teams));
        double textWidth = width - teams * (teamWidth + 12) - 12;
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(ROW_GAP);
        grid.getColumnConstraints().add(new ColumnConstraints(textWidth));
        double headHeight = 0;
        for (int t = 0; t < teams; t++) {
            grid.getColumnConstraints().add(new ColumnConstraints(teamWidth));
            Label name = new Label(m.teams().get(t));
            name.getStyleClass().addAll("matrix-team", "matrix-head");
            name.setWrapText(true);
            name.setMinHeight(Region.USE_PREF_SIZE);
            name.setMaxWidth(teamWidth);
            name.setPrefWidth(teamWidth);
            grid.add(name, t + 1, 0);
            GridPane.setHalignment(name, HPos.CENTER);
            GridPane.setValignment(name, VPos.BOTTOM);
            headHeight = Math.max(headHeight, WallText.height(m.teams().get(t), 30, true, teamWidth - 24) + 16);
        }
        double left = height - headHeight - ROW_GAP;
        int rows = m.statements().size();
        for (int r = 0; r < rows; r++) {
            boolean uncovered = m.served().get(r).stream().noneMatch(b -> b);
            String text = WallText.shorten(m.statements().get(r), 170);
            double h = WallText.height(text, 30, false, textWidth) + (uncovered ? 52 : 0) + ROW_GAP;
            if (h > left - (r == rows - 1 ? 0 : 48)) {
                Label more = new Label(i18n.t("mandate.wall.moreStatements", rows - r));
                more.getStyleClass().add("card-more");
                grid.add(more, 0, r + 1, teams + 1, 1);
                break;
            }
            left -= h;
            VBox cell = new VBox(6);
            if (uncovered) {
                Label flag = new Label(i18n.t("mandate.wall.uncovered"));
                flag.getStyleClass().add("matrix-uncovered");
                flag.setMinWidth(Region.USE_PREF_SIZE);
                cell.getChildren().add(flag);
            }
            Label statement = new Label(text);
            statement.getStyleClass().add("matrix-statement");
            statement.setWrapText(true);
            statement.setMinHeight(Region.USE_PREF_SIZE);
            statement.setMaxWidth(textWidth);
            cell.getChildren().add(statement);
            grid.add(cell, 0, r + 1);
            for (int t = 0; t < teams; t++) {
                boolean serves = m.served().get(r).get(t);
                Label mark = new Label(i18n.t(serves ? "mandate.wall.servesMark" : "mandate.wall.notServing"));
                mark.getStyleClass().add(serves ? "matrix-serves" : "matrix-no");
                mark.setMinWidth(Region.USE_PREF_SIZE);
                grid.add(mark, t + 1, r + 1);
                GridPane.setHalignment(mark, HPos.CENTER);
            }
        }
        root.getChildren().add(grid);
    }
}
