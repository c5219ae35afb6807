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
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.WindowEvent;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.zielbild.domain.TargetPictureDay;
import org.zielbild.domain.agenda.Stage;
import org.zielbild.ui.common.FormGrid;
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
            {
                // As wide as the list, never wider: a long title gives way in the middle, so the
                // number and the minutes stay readable and the list does not scroll sideways.
                setPrefWidth(0);
                setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
            }

            @Override
            protected void updateItem(Stage s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null
                        : i18n.t("agendaEditor.line", getIndex() + 1, s.title(), s.timeBoxMinutes()));
                setTooltip(empty || s == null ? null : new Tooltip(getText()));
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
        add.setMinWidth(Region.USE_PREF_SIZE);
        for (String moduleId : TargetPictureDay.MODULE_IDS) {
            MenuItem item = new MenuItem(kinds.title(moduleId), new FontIcon(kinds.icon(moduleId)));
            item.setOnAction(e -> {
                // A new stage is named next: the title field takes the keys, its text selected.
                if (vm.add(moduleId, kinds.title(moduleId))) {
                    title.requestFocus();
                    title.selectAll();
                }
            });
            add.getItems().add(item);
        }
        Button remove = button("removeStage", "agendaEditor.remove", MaterialDesignD.DELETE_OUTLINE, vm::removeSelected);
        Button up = button("moveStageUp", "agendaEditor.up", MaterialDesignA.ARROW_UP, () -> vm.moveSelected(-1));
        Button down = button("moveStageDown", "agendaEditor.down", MaterialDesignA.ARROW_DOWN, () -> vm.moveSelected(1));
        remove.disableProperty().bind(vm.selectedProperty().isNull());
        up.disableProperty().bind(vm.selectedProperty().isNull());
        down.disableProperty().bind(vm.selectedProperty().isNull());
        // Wraps instead of cutting the German labels when the window is narrow.
        FlowPane actions = new FlowPane(8, 8, add, remove, up, down);
        VBox left = new VBox(10, list, actions);
        left.setPrefWidth(380);
        // The list keeps its width ("3. Customer perspective (75 min)"); the instructions give way.
        left.setMinWidth(Region.USE_PREF_SIZE);

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
        instructions.setPrefColumnCount(24);
        instructions.focusedProperty().addListener((obs, was, is) -> {
            if (!is && !loading) {
                vm.setInstructions(instructions.getText());
            }
        });
        GridPane form = FormGrid.create();
        FormGrid.row(form, 0, i18n.t("agendaEditor.title"), title);
        FormGrid.row(form, 1, i18n.t("agendaEditor.kind"), kind);
        FormGrid.row(form, 2, i18n.t("agendaEditor.minutes"), minutes);
        Label instructionsLabel = FormGrid.row(form, 3, i18n.t("agendaEditor.instructions"), instructions);
        GridPane.setValignment(instructionsLabel, javafx.geometry.VPos.TOP);
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
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        Label empty = new Label(i18n.t("agendaEditor.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        list.setPlaceholder(empty);
        root.getChildren().addAll(panes, problem, hint);
        commitWhenClosed();
        if (!vm.stages().isEmpty()) {
            vm.selectedProperty().set(vm.stages().get(0));
        }
    }

    /**
     * A title or instructions still being typed are kept when the window closes (Esc, the close
     * button, closing the session): nothing typed is lost.
     */
    private void commitWhenClosed() {
        root.sceneProperty().addListener((obs, oldScene, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((o, oldWindow, window) -> {
                    if (window != null) {
                        window.addEventHandler(WindowEvent.WINDOW_HIDING, e -> commitEdits());
                    }
                });
            }
        });
    }

    /** Applies what is in the text fields to the selected stage (a no-op when nothing changed). */
    public void commitEdits() {
        if (loading || vm.selectedProperty().get() == null) {
            return;
        }
        vm.rename(title.getText());
        vm.setInstructions(instructions.getText());
        try {
            minutes.commitValue();
        } catch (NumberFormatException e) {
            minutes.cancelEdit();
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
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }
}
