package org.zielbild.ui.modules.target;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.control.Control;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.zielbild.domain.Message;
import org.zielbild.domain.target.HandCounts;
import org.zielbild.domain.target.RatingRound;
import org.zielbild.domain.target.RoundItem;
import org.zielbild.ui.common.I18n;

/**
 * A show of hands, typed: for each rated item the yes and no counts of both questions (the rest of
 * those present abstain). Each field is checked as it is typed (ControlsFX decorates a wrong one and
 * says why); a row goes into the round once its numbers fit. A wrong number stays in its field.
 * Focusing a row shows that item on the wall.
 */
final class HandCountsForm {

    private final RatingViewModel rating;
    private final TargetViewModel vm;
    private final I18n i18n;
    private final GridPane grid = new GridPane();
    private final List<TextField[]> rows = new ArrayList<>();
    private final ValidationSupport validation = new ValidationSupport();
    private RatingRound round;

    HandCountsForm(TargetViewModel vm, I18n i18n) {
        this.vm = vm;
        this.rating = vm.rating();
        this.i18n = i18n;
        grid.setId("handCounts");
        grid.setHgap(8);
        grid.setVgap(6);
        validation.setErrorDecorationEnabled(true);
    }

    GridPane root() {
        return grid;
    }

    /** Builds the rows for a round (once per round; later calls only bring typed counts in). */
    void show(RatingRound r) {
        if (round != null && round.id().equals(r.id())) {
            round = r;
            return;
        }
        round = r;
        rows.clear();
        grid.getChildren().clear();
        grid.getColumnConstraints().setAll(new ColumnConstraints(120, 260, Double.MAX_VALUE, Priority.ALWAYS, HPos.LEFT, true));
        String[] heads = {"target.hands.benefitYes", "target.hands.benefitNo", "target.hands.attractiveYes",
            "target.hands.attractiveNo"};
        for (int c = 0; c < heads.length; c++) {
            Label h = new Label(i18n.t(heads[c]));
            h.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_BOLD);
            h.setWrapText(true);
            h.setMinWidth(70);
            grid.add(h, c + 1, 0);
            grid.getColumnConstraints().add(new ColumnConstraints(70, 84, 110));
        }
        for (int i = 0; i < r.items().size(); i++) {
            RoundItem item = r.items().get(i);
            Label what = new Label(item.isWholePicture() ? i18n.t("target.whole") : item.wording());
            what.setWrapText(true);
            grid.add(what, 0, i + 1);
            TextField[] fields = new TextField[4];
            HandCounts h = item.hands();
            Integer[] values = {h.benefitYes(), h.benefitNo(), h.attractiveYes(), h.attractiveNo()};
            for (int c = 0; c < 4; c++) {
                TextField f = new TextField(values[c] == null ? "" : values[c].toString());
                f.setId("count-" + i + "-" + c);
                f.setPrefColumnCount(4);
                int row = i;
                f.focusedProperty().addListener((obs, was, is) -> {
                    if (is) {
                        vm.countingFocusProperty().set(row);
                    } else {
                        commit(row);
                    }
                });
                f.setOnAction(e -> commit(row));
                validation.registerValidator(f, false, (Control field, String t) -> {
                    Message m = problem(t) != null ? problem(t) : rowProblem(row);
                    return ValidationResult.fromErrorIf(field, m == null ? "" : i18n.text(m), m != null);
                });
                fields[c] = f;
                grid.add(f, c + 1, i + 1);
            }
            rows.add(fields);
        }
    }

    /** Puts a row's counts into the round when they fit; otherwise says why and keeps the text. */
    boolean commit(int row) {
        Message m = rowProblem(row);
        if (m != null) {
            vm.setProblem(m);
            return false;
        }
        Integer[] v = values(row);
        return rating.setCounts(row, v[0], v[1], v[2], v[3]);
    }

    /** Why the row cannot go in yet: a field is not a number, or yes and no exceed those present. */
    private Message rowProblem(int row) {
        if (row >= rows.size() || round == null) {
            return null;
        }
        for (TextField f : rows.get(row)) {
            Message m = problem(f.getText());
            if (m != null) {
                return m;
            }
        }
        Integer[] v = values(row);
        for (int q = 0; q < 2; q++) {
            int yes = v[2 * q] == null ? 0 : v[2 * q];
            int no = v[2 * q + 1] == null ? 0 : v[2 * q + 1];
            if (yes + no > round.present()) {
                return Message.of("error.target.countAbovePresent", yes, no, round.present());
            }
        }
        return null;
    }

    private static Message problem(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            int n = Integer.parseInt(t);
            return n < 0 ? Message.of("error.target.countNegative") : null;
        } catch (NumberFormatException e) {
            return Message.of("target.hands.notANumber", t);
        }
    }

    private Integer[] values(int row) {
        Integer[] out = new Integer[4];
        for (int c = 0; c < 4; c++) {
            String t = rows.get(row)[c].getText().strip();
            out[c] = t.isEmpty() ? null : Integer.valueOf(t);
        }
        return out;
    }

    /** The fields of a row, for tests. */
    TextField[] row(int i) {
        return rows.get(i);
    }
}
