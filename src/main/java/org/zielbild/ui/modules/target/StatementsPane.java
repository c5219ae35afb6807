package org.zielbild.ui.modules.target;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.zielbild.domain.Texts;
import org.zielbild.domain.target.Statement;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.WritingPlace;

/**
 * The statements in poster order, and the field to write the next one: keyboard first, like the
 * boards (Ctrl+L types, Ctrl+Enter adds, F2 or Enter edits in place, Alt+Up/Down moves, Delete
 * removes, Ctrl+Z undoes). What was typed stays in the field when it is refused.
 */
final class StatementsPane {

    private final TargetViewModel vm;
    private final I18n i18n;
    private final ListView<Statement> list = new ListView<>();
    private final TextArea text = new TextArea();
    private final TextField horizon = new TextField();
    private final Label count = new Label();
    private final ObservableList<SourceOption> pending = FXCollections.observableArrayList();
    private final FlowPane pendingChips = new FlowPane(6, 6);
    private final VBox root;
    /** The statement last selected, to select again when the list replaces it after a change. */
    private String selectedId;

    StatementsPane(TargetViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        list.setId("statementList");
        list.setItems(vm.statements());
        list.setEditable(true);
        list.setCellFactory(l -> new StatementCell(vm, i18n));
        list.setPlaceholder(placeholder());
        list.addEventHandler(KeyEvent.KEY_PRESSED, this::listKeys);
        list.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> {
            if (n != null) {
                selectedId = n.id();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        text.setId("newStatementText");
        WritingPlace.mark(text); // the key rule (0101): stray typing on this stage begins a statement
        text.setPromptText(i18n.t("target.new.prompt"));
        text.setWrapText(true);
        text.setPrefRowCount(3);
        text.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (TargetKeys.ADD.matches(e)) {
                e.consume();
                add();
            }
        });
        text.textProperty().addListener((obs, o, n) -> updateCount());
        horizon.setId("newStatementHorizon");
        horizon.setPromptText(i18n.t("target.new.horizon"));
        horizon.setOnAction(e -> add());
        Button addButton = new Button(i18n.t("target.new.add"), new FontIcon(MaterialDesignP.PLUS));
        addButton.setId("addStatement");
        addButton.getStyleClass().add(Styles.ACCENT);
        addButton.setMinWidth(Button.USE_PREF_SIZE);
        addButton.setOnAction(e -> add());
        count.setId("newStatementCount");
        count.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        count.setMinWidth(Label.USE_PREF_SIZE);
        HBox.setHgrow(horizon, Priority.ALWAYS);
        HBox row = new HBox(8, horizon, count, addButton);
        row.setAlignment(Pos.CENTER_LEFT);
        pendingChips.setId("pendingSources");
        pending.addListener((javafx.collections.ListChangeListener<SourceOption>) c -> showPending());
        Label heading = new Label(i18n.t("target.list.heading"));
        heading.getStyleClass().add(Styles.TITLE_4);
        root = new VBox(8, heading, list, pendingChips, text, row);
        root.getStyleClass().add("statements-pane");
        showPending();
        updateCount();
    }

    VBox root() {
        return root;
    }

    ListView<Statement> list() {
        return list;
    }

    /** The selected statement, or null. */
    Statement selected() {
        return list.getSelectionModel().getSelectedItem();
    }

    /** After a change: the statement that was selected stays selected (a replaced item loses the selection). */
    void keepSelection() {
        if (list.getSelectionModel().getSelectedItem() != null || selectedId == null) {
            return;
        }
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).id().equals(selectedId)) {
                list.getSelectionModel().select(i);
                return;
            }
        }
    }

    /** Ctrl+L: into the field for the next statement. */
    void focusNew() {
        text.requestFocus();
    }

    /** Raw material from the boards: their texts go into the field, the links are kept for the new statement. */
    void draftFrom(List<SourceOption> from) {
        if (from.isEmpty()) {
            return;
        }
        for (SourceOption o : from) {
            if (!pending.contains(o)) {
                pending.add(o);
            }
        }
        String draft = TargetViewModel.draftFrom(from);
        text.setText(text.getText().isBlank() ? draft : text.getText() + "\n" + draft);
        text.requestFocus();
        text.positionCaret(text.getLength());
    }

    private void add() {
        vm.add(text.getText(), horizon.getText(), new ArrayList<>(pending)).ifPresent(id -> {
            text.clear();
            horizon.clear();
            pending.clear();
            list.getSelectionModel().select(list.getItems().size() - 1);
            list.scrollTo(list.getItems().size() - 1);
            text.requestFocus();
        });
    }

    private void listKeys(KeyEvent e) {
        Statement s = selected();
        if (s == null || list.getEditingIndex() >= 0) {
            return;
        }
        int index = list.getSelectionModel().getSelectedIndex();
        if (TargetKeys.MOVE_UP.matches(e) || TargetKeys.MOVE_DOWN.matches(e)) {
            int delta = TargetKeys.MOVE_UP.matches(e) ? -1 : 1;
            if (vm.moveBy(s.id(), delta)) {
                list.getSelectionModel().select(index + delta);
            }
            e.consume();
        } else if (TargetKeys.REMOVE.matches(e)) {
            if (vm.remove(s.id())) {
                list.getSelectionModel().select(Math.min(index, list.getItems().size() - 1));
            }
            e.consume();
        } else if (TargetKeys.EDIT.matches(e)) {
            list.edit(index);
            e.consume();
        }
    }

    private void updateCount() {
        int n = Texts.length(Texts.multiLine(text.getText()));
        count.setText(i18n.t("target.new.count", n, Statement.MAX_TEXT));
        count.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("over"), n > Statement.MAX_TEXT);
    }

    private void showPending() {
        pendingChips.getChildren().clear();
        if (pending.isEmpty()) {
            pendingChips.setManaged(false);
            pendingChips.setVisible(false);
            return;
        }
        pendingChips.setManaged(true);
        pendingChips.setVisible(true);
        Label from = new Label(i18n.t("target.new.from"));
        from.getStyleClass().add(Styles.TEXT_MUTED);
        pendingChips.getChildren().add(from);
        for (SourceOption o : pending) {
            Button chip = new Button(SourceTexts.shortLabel(i18n, o), new FontIcon(MaterialDesignC.CLOSE));
            chip.getStyleClass().addAll(Styles.SMALL, "source-chip");
            chip.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
            chip.setOnAction(e -> pending.remove(o));
            pendingChips.getChildren().add(chip);
        }
    }

    private VBox placeholder() {
        Label empty = new Label(i18n.t("target.list.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(empty);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(420);
        return box;
    }
}
