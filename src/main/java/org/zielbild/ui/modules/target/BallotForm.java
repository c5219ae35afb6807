package org.zielbild.ui.modules.target;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.zielbild.domain.target.Answer;
import org.zielbild.domain.target.BallotAnswer;
import org.zielbild.domain.target.RatingRound;
import org.zielbild.domain.target.RoundItem;
import org.zielbild.ui.common.I18n;

/**
 * One person's private ballot: for each rated item "I see a benefit" and "I find it attractive",
 * yes / no / abstain. Made afresh for every voter, so nothing of the previous ballot is left. Keys
 * (this window has no day shortcuts, and the ballot has the focus): ↑/↓ or Tab between questions,
 * Y or J yes, N no, A or E abstain (also 1, 2, 3).
 */
final class BallotForm {

    private final VBox root = new VBox(18);
    private final List<ToggleGroup> questions = new ArrayList<>();
    private final List<HBox> rows = new ArrayList<>();
    private final BooleanBinding complete;
    private int current;

    BallotForm(RatingRound round, I18n i18n) {
        root.setId("ballotForm");
        root.getStyleClass().add("ballot-form");
        for (int i = 0; i < round.items().size(); i++) {
            RoundItem item = round.items().get(i);
            Label what = new Label(item.isWholePicture() ? i18n.t("target.whole") : item.wording());
            what.setWrapText(true);
            what.getStyleClass().add("ballot-wording");
            VBox card = new VBox(10, what, question(i18n, "target.q.benefit", i, 0), question(i18n, "target.q.attractive", i, 1));
            card.getStyleClass().add("ballot-card");
            root.getChildren().add(card);
        }
        BooleanBinding all = Bindings.createBooleanBinding(() -> true);
        for (ToggleGroup g : questions) {
            all = all.and(g.selectedToggleProperty().isNotNull());
        }
        complete = all;
    }

    VBox root() {
        return root;
    }

    /** Whether every question has an answer. */
    BooleanBinding complete() {
        return complete;
    }

    void focus() {
        focusQuestion(0);
    }

    /** The answers in the round's item order; call only when {@link #complete()}. */
    List<BallotAnswer> answers() {
        List<BallotAnswer> out = new ArrayList<>();
        for (int i = 0; i < questions.size(); i += 2) {
            out.add(new BallotAnswer(answer(questions.get(i)), answer(questions.get(i + 1))));
        }
        return out;
    }

    private HBox question(I18n i18n, String key, int item, int which) {
        ToggleGroup group = new ToggleGroup();
        Label q = new Label(i18n.t(key));
        q.setWrapText(true);
        q.getStyleClass().add("ballot-question");
        HBox.setHgrow(q, Priority.ALWAYS);
        q.setMaxWidth(Double.MAX_VALUE);
        HBox row = new HBox(10, q);
        row.setAlignment(Pos.CENTER_LEFT);
        for (Answer a : Answer.values()) {
            ToggleButton b = new ToggleButton(i18n.t("target.answer." + a.name().toLowerCase(java.util.Locale.ROOT)));
            b.setUserData(a);
            b.setToggleGroup(group);
            b.setId("answer-" + item + "-" + which + "-" + a.name());
            b.getStyleClass().addAll(Styles.LARGE, "ballot-answer", "ballot-" + a.name().toLowerCase(java.util.Locale.ROOT));
            b.setMinWidth(ToggleButton.USE_PREF_SIZE);
            row.getChildren().add(b);
        }
        row.getStyleClass().add("ballot-row");
        int index = questions.size();
        row.focusWithinProperty().addListener((obs, o, n) -> {
            if (n) {
                current = index;
                rows.forEach(r -> r.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("current"), r == row));
            }
        });
        questions.add(group);
        rows.add(row);
        return row;
    }

    /** The ballot's keys, for the whole ballot page (the buttons below the form included). */
    void keys(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        Answer a = switch (e.getCode()) {
            case Y, J, DIGIT1, NUMPAD1 -> Answer.YES;
            case N, DIGIT2, NUMPAD2 -> Answer.NO;
            case A, E, DIGIT3, NUMPAD3 -> Answer.ABSTAIN;
            default -> null;
        };
        if (a != null) {
            select(current, a);
            focusQuestion(Math.min(current + 1, questions.size() - 1));
            e.consume();
        } else if (e.getCode() == KeyCode.DOWN) {
            focusQuestion(Math.min(current + 1, questions.size() - 1));
            e.consume();
        } else if (e.getCode() == KeyCode.UP) {
            focusQuestion(Math.max(current - 1, 0));
            e.consume();
        }
    }

    private void select(int question, Answer a) {
        questions.get(question).getToggles().stream().filter(t -> t.getUserData() == a).findFirst()
                .ifPresent(t -> questions.get(question).selectToggle(t));
    }

    private void focusQuestion(int question) {
        current = question;
        ToggleGroup g = questions.get(question);
        var target = g.getSelectedToggle() != null ? g.getSelectedToggle() : g.getToggles().get(0);
        ((ToggleButton) target).requestFocus();
    }

    private static Answer answer(ToggleGroup g) {
        return (Answer) g.getSelectedToggle().getUserData();
    }
}
