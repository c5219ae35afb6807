package org.zielbild.ui.shell.agenda;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.zielbild.domain.Stage;
import org.zielbild.domain.TargetPictureDay;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.shell.session.ModuleKinds;

/**
 * Add, remove and reorder stages; change a stage's title, time box and instructions. Text edits
 * are committed on Enter or when the field loses focus: one undo step per edit, not per key.
 */
public final class AgendaEditor {

    private final AgendaEditorViewModel vm;
    private final I18n i18n;
    private final ModuleKinds kinds;
    private final VBox root = new VBox(12);
    private final ListView<Stage> list = new ListView<>();
    private final TextField title = new TextField();
    private final Label kind = new Label();
    private final Spinner<Integer> minutes = new Spinner<>(1, Stage.MAX_TIME_BOX, 30, 5);
    private final TextArea instructions = new TextArea();
    private boolean loading;

    public AgendaEditor(AgendaEditorViewModel vm, ModuleKinds kinds, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        this.kinds = kinds;
        build();
    }

    public Parent root() {
        return root;
    }

    private void build() {
        root.setPadding(new Insets(16));
        list.setId("agendaEditorList");
        list.setItems(vm.stages());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Stage s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null
                        : i18n.t("agendaEditor.line", getIndex() + 1, s.title(), s.timeBoxMinutes()));
                setGraphic(empty || s == null ? null : new FontIcon(kinds.icon(s.moduleId())));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!loading) {
                vm.selectedProperty().set(now);
            }
        });
        vm.selectedProperty().addListener((obs, old, now) -> showSelected(now));
        vm.stages().addListener((javafx.collections.ListChangeListener<Stage>) c -> showSelected(vm.selectedProperty().get()));
        list.setOnKeyPressed(e -> {
            if (e.isAltDown() && e.getCode() == KeyCode.UP) {
                vm.moveSelected(-1);
                e.consume();
            } else if (e.isAltDown() && e.getCode() == KeyCode.DOWN) {
                vm.moveSelected(1);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                vm.removeSelected();
                e.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        MenuButton add = new MenuButton(i18n.t("agendaEditor.add"), new FontIcon(MaterialDesignP.PLUS));
        add.setId("addStage");
        for (String moduleId : TargetPictureDay.MODULE_IDS) {
            MenuItem item = new MenuItem(kinds.title(moduleId), new FontIcon(kinds.icon(moduleId)));
            item.setOnAction(e -> vm.add(moduleId, kinds.title(moduleId)));
            add.getItems().add(item);
        }
        Button remove = button("removeStage", "agendaEditor.remove", MaterialDesignD.DELETE_OUTLINE, vm::removeSelected);
        Button up = button("moveStageUp", "agendaEditor.up", MaterialDesignA.ARROW_UP, () -> vm.moveSelected(-1));
        Button down = button("moveStageDown", "agendaEditor.down", MaterialDesignA.ARROW_DOWN, () -> vm.moveSelected(1));
        remove.disableProperty().bind(vm.selectedProperty().isNull());
        up.disableProperty().bind(vm.selectedProperty().isNull());
        down.disableProperty().bind(vm.selectedProperty().isNull());
        HBox actions = new HBox(8, add, remove, up, down);
        VBox left = new VBox(10, list, actions);
        left.setPrefWidth(380);

        title.setId("stageTitleField");
        title.setOnAction(e -> vm.rename(title.getText()));
        title.focusedProperty().addListener((obs, was, is) -> {
            if (!is && !loading) {
                vm.rename(title.getText());
            }
        });
        minutes.setId("stageMinutes");
        minutes.setEditable(true);
        minutes.valueProperty().addListener((obs, old, now) -> {
            if (!loading && now != null) {
                vm.setTimeBox(now);
            }
        });
        instructions.setId("stageInstructionsField");
        instructions.setWrapText(true);
        instructions.setPrefRowCount(8);
        instructions.focusedProperty().addListener((obs, was, is) -> {
            if (!is && !loading) {
                vm.setInstructions(instructions.getText());
            }
        });
        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(10);
        form.addRow(0, new Label(i18n.t("agendaEditor.title")), title);
        form.addRow(1, new Label(i18n.t("agendaEditor.kind")), kind);
        form.addRow(2, new Label(i18n.t("agendaEditor.minutes")), minutes);
        form.add(new Label(i18n.t("agendaEditor.instructions")), 0, 3);
        form.add(instructions, 1, 3);
        GridPane.setHgrow(title, Priority.ALWAYS);
        GridPane.setHgrow(instructions, Priority.ALWAYS);
        GridPane.setVgrow(instructions, Priority.ALWAYS);
        form.disableProperty().bind(vm.selectedProperty().isNull());
        HBox.setHgrow(form, Priority.ALWAYS);

        HBox panes = new HBox(16, left, form);
        VBox.setVgrow(panes, Priority.ALWAYS);
        Label problem = new Label();
        problem.setId("agendaProblem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(
                () -> vm.problemProperty().get() == null ? "" : i18n.text(vm.problemProperty().get()),
                vm.problemProperty()));
        Label hint = new Label(i18n.t("agendaEditor.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        root.getChildren().addAll(panes, problem, hint);
        if (!vm.stages().isEmpty()) {
            vm.selectedProperty().set(vm.stages().get(0));
        }
    }

    private void showSelected(Stage s) {
        loading = true;
        try {
            if (s == null) {
                list.getSelectionModel().clearSelection();
                title.setText("");
                kind.setText("");
                instructions.setText("");
                return;
            }
            list.getSelectionModel().select(s);
            title.setText(s.title());
            kind.setText(kinds.title(s.moduleId()));
            minutes.getValueFactory().setValue(s.timeBoxMinutes());
            instructions.setText(s.instructions());
        } finally {
            loading = false;
        }
    }

    private Button button(String id, String key, org.kordamp.ikonli.Ikon icon, Runnable action) {
        Button b = new Button(i18n.t(key), new FontIcon(icon));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
