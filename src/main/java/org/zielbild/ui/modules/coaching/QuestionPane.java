package org.zielbild.ui.modules.coaching;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.zielbild.domain.coaching.Coach;
import org.zielbild.domain.coaching.Question;
import org.zielbild.ui.common.I18n;

/** The question queue of one coach (the one on the wall, unless another is chosen): type, who asked, answered. */
final class QuestionPane {

    private final VBox root = new VBox(8);

    QuestionPane(PitchViewModel vm, I18n i18n, TextField text) {
        Label title = new Label(i18n.t("coaching.questions.title"));
        title.getStyleClass().add("coaching-section");
        ComboBox<Coach> coach = new ComboBox<>(vm.order());
        coach.setId("questionCoach");
        coach.setConverter(KeptApartPane.converter(Coach::name));
        coach.setMaxWidth(Double.MAX_VALUE);
        vm.askedProperty().addListener((obs, o, n) -> coach.setValue(n));
        coach.setValue(vm.askedProperty().get());
        coach.valueProperty().addListener((obs, o, n) -> {
            if (n != null && n != vm.askedProperty().get()) {
                vm.askCoach(n);
            }
        });
        text.setId("questionText");
        text.setPromptText(i18n.t("coaching.questions.prompt"));
        TextField who = new TextField();
        who.setId("questionWho");
        who.setPromptText(i18n.t("coaching.questions.who"));
        who.setPrefColumnCount(10);
        Button add = new Button(i18n.t("coaching.questions.add"));
        add.setId("questionAdd");
        Runnable ask = () -> {
            if (vm.ask(text.getText(), who.getText())) {
                text.clear();
                who.clear();
                text.requestFocus();
            }
        };
        add.setOnAction(e -> ask.run());
        text.setOnAction(e -> ask.run());
        who.setOnAction(e -> ask.run());
        HBox.setHgrow(who, Priority.ALWAYS);
        who.setMaxWidth(Double.MAX_VALUE);
        add.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ListView<Question> list = new ListView<>(vm.questions());
        list.setId("questionList");
        list.setPlaceholder(Placeholder.of(i18n.t("coaching.questions.none")));
        list.setCellFactory(l -> new QuestionCell(vm, i18n));
        VBox.setVgrow(list, Priority.ALWAYS);
        Label problem = new Label();
        problem.getStyleClass().add("coaching-problem");
        problem.setWrapText(true);
        vm.problemProperty().addListener((obs, o, n) -> problem.setText(n == null ? "" : i18n.text(n)));
        root.getChildren().addAll(title, coach, text, new HBox(8, who, add), problem, list);
    }

    VBox root() {
        return root;
    }

    /** One question: answered (a check box), the text and who asked, and a way to take it off. */
    private static final class QuestionCell extends ListCell<Question> {
        private final CheckBox answered = new CheckBox();
        private final Label text = new Label();
        private final Button remove = new Button(null, new FontIcon(MaterialDesignD.DELETE_OUTLINE));
        private final HBox box = new HBox(8, answered, text, remove);
        private final I18n i18n;

        QuestionCell(PitchViewModel vm, I18n i18n) {
            text.setWrapText(true);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            box.setAlignment(Pos.CENTER_LEFT);
            remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
            remove.setAccessibleText(i18n.t("coaching.questions.remove"));
            answered.setAccessibleText(i18n.t("coaching.questions.answered"));
            answered.setOnAction(e -> {
                if (getItem() != null) {
                    vm.answered(getItem().id(), answered.isSelected());
                }
            });
            remove.setOnAction(e -> {
                if (getItem() != null) {
                    vm.removeQuestion(getItem().id());
                }
            });
            setPrefWidth(0);
            this.i18n = i18n;
        }

        @Override
        protected void updateItem(Question q, boolean empty) {
            super.updateItem(q, empty);
            setText(null);
            if (empty || q == null) {
                setGraphic(null);
                return;
            }
            answered.setSelected(q.answered());
            text.setText(q.askedBy().isEmpty() ? q.text() : i18n.t("coaching.questions.asked", q.text(), q.askedBy()));
            text.getStyleClass().remove(Styles.TEXT_MUTED);
            if (q.answered()) {
                text.getStyleClass().add(Styles.TEXT_MUTED);
            }
            setGraphic(box);
        }
    }
}
