package org.zielbild.ui.modules.coaching;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.zielbild.domain.coaching.Coach;
import org.zielbild.domain.coaching.CoachingPlan;
import org.zielbild.domain.coaching.CoachingStep;
import org.zielbild.ui.common.FormGrid;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.WritingPlace;

/**
 * The pitches: their order (by hand or drawn with a seed) and minutes, the sequence with the step
 * on the wall marked (Enter or a double click puts a step on the wall and restarts its timer), and
 * the question queue of the coach on the wall (Alt+Q to type one).
 */
final class PitchView {

    private final PitchViewModel vm;
    private final I18n i18n;
    private final HBox root = new HBox(16);
    private final ListView<Coach> order = new ListView<>();
    private final ListView<PitchStep> sequence = new ListView<>();
    private final TextField question = new TextField();

    PitchView(PitchViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        root.setPadding(new Insets(12));
        VBox left = orderPane();
        VBox middle = sequencePane();
        VBox right = new QuestionPane(vm, i18n, question).root();
        // The key rule (0101): on this tab, stray typing outside a field begins a question.
        WritingPlace.mark(question);
        HBox.setHgrow(middle, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setPrefWidth(280);
        left.setMinWidth(240);
        middle.setPrefWidth(300);
        right.setPrefWidth(380);
        root.getChildren().addAll(left, middle, right);
    }

    Node root() {
        return root;
    }

    void focusQuestion() {
        question.requestFocus();
    }

    private VBox orderPane() {
        Label title = section("coaching.pitch.order");
        order.setId("pitchOrder");
        order.setItems(vm.order());
        order.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Coach c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : (getIndex() + 1) + ". " + c.name());
            }
        });
        order.setPrefHeight(180);
        // At least three coaches in sight on a 1280 x 800 laptop; the list takes what the column has left.
        order.setMinHeight(110);
        VBox.setVgrow(order, Priority.ALWAYS);
        Button earlier = new Button(i18n.t("coaching.pitch.earlier"));
        earlier.setOnAction(e -> move(-1));
        Button later = new Button(i18n.t("coaching.pitch.later"));
        later.setOnAction(e -> move(1));
        TextField seed = new TextField("1");
        seed.setId("pitchSeed");
        seed.setPrefColumnCount(3);
        Button draw = new Button(i18n.t("coaching.pitch.draw"));
        draw.setId("pitchDraw");
        Label drawn = new Label();
        drawn.setWrapText(true);
        drawn.getStyleClass().add(Styles.TEXT_MUTED);
        draw.setOnAction(e -> parse(seed.getText()).ifPresentOrElse(s -> {
            vm.draw(s);
            drawn.setText(i18n.t("coaching.pitch.drawn", s));
        }, () -> drawn.setText(i18n.t("coaching.pitch.seedNotANumber", seed.getText()))));
        GridPane minutes = FormGrid.create();
        Spinner<Integer> pitch = new Spinner<>(1, CoachingPlan.MAX_MINUTES, 5);
        pitch.setId("pitchMinutes");
        Spinner<Integer> qa = new Spinner<>(0, CoachingPlan.MAX_MINUTES, 3);
        qa.setId("qaMinutes");
        for (Spinner<Integer> s : java.util.List.of(pitch, qa)) {
            s.setEditable(true);
            s.setPrefWidth(100);
        }
        FormGrid.row(minutes, 0, i18n.t("coaching.pitch.pitchMinutes"), pitch);
        FormGrid.row(minutes, 1, i18n.t("coaching.pitch.qaMinutes"), qa);
        Runnable show = () -> {
            pitch.getValueFactory().setValue(vm.planProperty().get().pitchMinutes());
            qa.getValueFactory().setValue(vm.planProperty().get().qaMinutes());
        };
        vm.planProperty().addListener((obs, o, n) -> show.run());
        show.run();
        pitch.valueProperty().addListener((obs, o, n) -> changeMinutes(pitch.getValue(), qa.getValue()));
        qa.valueProperty().addListener((obs, o, n) -> changeMinutes(pitch.getValue(), qa.getValue()));
        return new VBox(8, title, order, new FlowPane(8, 8, earlier, later), new FlowPane(8, 8, seed, draw), drawn,
                section("coaching.pitch.minutes"), minutes);
    }

    private void changeMinutes(int pitch, int qa) {
        CoachingPlan p = vm.planProperty().get();
        if (p.pitchMinutes() != pitch || p.qaMinutes() != qa) {
            vm.setMinutes(pitch, qa);
        }
    }

    private void move(int by) {
        Coach c = order.getSelectionModel().getSelectedItem();
        if (c != null && vm.move(c.id(), by)) {
            order.getSelectionModel().select(vm.order().stream().filter(x -> x.id().equals(c.id())).findFirst().orElse(null));
        }
    }

    private VBox sequencePane() {
        sequence.setId("pitchSequence");
        sequence.setItems(vm.sequence());
        sequence.setPlaceholder(Placeholder.of(i18n.t("coaching.coaches.none")));
        sequence.setCellFactory(l -> new ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(PitchStep step, boolean empty) {
                super.updateItem(step, empty);
                getStyleClass().remove("coaching-current-step");
                if (empty || step == null) {
                    setText(null);
                    return;
                }
                boolean pitch = step.kind() == CoachingStep.PITCH;
                CoachingPlan plan = vm.planProperty().get();
                String text = i18n.t(pitch ? "coaching.pitch.stepPitch" : "coaching.pitch.stepQuestions", step.coach().name(),
                        pitch ? plan.pitchMinutes() : plan.qaMinutes());
                boolean onWall = getIndex() == vm.currentProperty().get();
                setText(onWall ? "▶ " + text : text);
                setAccessibleText(onWall ? i18n.t("coaching.pitch.onWall", text) : text);
                if (onWall) {
                    getStyleClass().add("coaching-current-step");
                }
            }
        });
        vm.currentProperty().addListener((obs, o, n) -> sequence.refresh());
        vm.planProperty().addListener((obs, o, n) -> sequence.refresh());
        sequence.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                showSelected();
            }
        });
        sequence.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                showSelected();
                e.consume();
            }
        });
        Label problem = new Label();
        problem.getStyleClass().add("coaching-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(() -> vm.problemProperty().get() == null ? ""
                : i18n.text(vm.problemProperty().get()), vm.problemProperty()));
        Label hint = new Label(i18n.t("coaching.pitch.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox box = new VBox(8, section("coaching.pitch.sequence"), sequence, hint, problem);
        VBox.setVgrow(sequence, Priority.ALWAYS);
        return box;
    }

    private void showSelected() {
        PitchStep step = sequence.getSelectionModel().getSelectedItem();
        if (step != null) {
            vm.show(step);
        }
    }

    private Label section(String key) {
        Label l = new Label(i18n.t(key));
        l.getStyleClass().add("coaching-section");
        return l;
    }

    static java.util.Optional<Long> parse(String text) {
        try {
            return java.util.Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
