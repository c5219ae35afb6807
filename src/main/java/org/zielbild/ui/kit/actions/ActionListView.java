package org.zielbild.ui.kit.actions;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.zielbild.domain.roster.Participant;
import org.zielbild.domain.roster.Team;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.KeyHelp;
import org.zielbild.ui.common.ReadableHeaders;

/**
 * An action list with its editor: a line to add an action (Enter), the table (what, owner, due,
 * status, link, team), the selected action's details, and a message line for refusals. Filters by
 * team and owner and sorting by due date where the list shows the whole day (the closing); the
 * mandate stage shows one team's. The table is virtual: 200 actions stay as fast as 5.
 */
public final class ActionListView {

    /**
     * Enter in the add line adds; Ctrl+N jumps there from anywhere in the list. Ctrl+T and Ctrl+D
     * are the session window's side timer and day view (0101), so the due date takes Ctrl+Shift+D.
     */
    public static final KeyCodeCombination NEW_ACTION = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    /** Ctrl+Shift+D jumps to the selected action's due date (Ctrl+O to its owner). */
    public static final KeyCodeCombination DUE =
            new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    public static final KeyCodeCombination OWNER = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);

    /** Below this width the list shows fewer columns and its editor one field a row. */
    private static final double NARROW = 620;

    private static final KeyHelp HELP = new KeyHelp("actions.keys.group", List.of(
            new KeyHelp.Row("actions.keys.new", List.of(NEW_ACTION)),
            new KeyHelp.Row("actions.keys.owner", List.of(OWNER)),
            new KeyHelp.Row("actions.keys.due", List.of(DUE))));

    private final ActionListModel model;
    private final I18n i18n;
    private final TableView<ActionRow> table = new TableView<>();
    private final TextField newAction = new TextField();
    private final ActionEditor editor;
    private final Label problem = new Label();
    private final VBox root = new VBox(8);

    /** @param wholeDay the list shows every team's actions: filters for team and owner, a team column */
    public ActionListView(ActionListModel model, I18n i18n, boolean wholeDay) {
        this.model = model;
        this.i18n = i18n;
        this.editor = new ActionEditor(model, i18n, wholeDay);
        root.getStyleClass().add("action-list");
        root.setPadding(new Insets(8));
        newAction.setId("newAction");
        newAction.setPromptText(i18n.t("actions.newPrompt"));
        newAction.setTooltip(new javafx.scene.control.Tooltip(i18n.t("actions.newTip")));
        newAction.setOnAction(e -> add());
        Button addButton = new Button(i18n.t("actions.add"), new FontIcon(MaterialDesignP.PLUS));
        addButton.setId("addAction");
        addButton.setOnAction(e -> add());
        HBox addLine = new HBox(8, newAction, addButton);
        HBox.setHgrow(newAction, Priority.ALWAYS);
        table.setId("actionTable");
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setItems(model.rows());
        Label empty = new Label(i18n.t("actions.empty"));
        empty.setWrapText(true); // beside the closing's boards the table is narrow
        empty.setPadding(new Insets(8));
        table.setPlaceholder(empty);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("actions.what", r -> r.action().what(), 260));
        table.getColumns().add(column("actions.owner", r -> ActionTexts.owner(i18n, r), 140));
        table.getColumns().add(column("actions.due", r -> ActionTexts.due(i18n, r), 120));
        TableColumn<ActionRow, String> statusColumn = column("actions.status", r -> ActionTexts.status(i18n, r), 90);
        table.getColumns().add(statusColumn);
        if (wholeDay) {
            table.getColumns().add(column("actions.team", r -> ActionTexts.team(i18n, r), 110));
        }
        TableColumn<ActionRow, String> linkColumn = column("actions.linkLabel", r -> ActionTexts.link(i18n, r), 180);
        table.getColumns().add(linkColumn);
        // Headers are never cut (0068); beside the closing's boards the list is narrow: the editor
        // below shows status and link, so the table leaves them out there (its column menu brings them back).
        ReadableHeaders.keep(table);
        table.setTableMenuButtonVisible(true);
        javafx.beans.binding.BooleanBinding narrow = root.widthProperty().lessThan(NARROW);
        java.util.function.Consumer<Boolean> fit = now -> {
            statusColumn.setVisible(!now);
            linkColumn.setVisible(!now);
            editor.layOut(now);
        };
        narrow.addListener((obs, was, now) -> fit.accept(now));
        fit.accept(narrow.get());
        table.setRowFactory(t -> new FlaggedRow());
        table.setMinHeight(140);
        table.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> {
            if (n == null && o != null && model.row(o.id()).isPresent()) {
                // The row was replaced by a change of the action being edited: keep it selected (and
                // the editor enabled, so the keyboard stays in the field it is in).
                javafx.application.Platform.runLater(() -> model.row(o.id()).ifPresent(r -> {
                    if (table.getSelectionModel().getSelectedItem() == null) {
                        table.getSelectionModel().select(r);
                    }
                }));
                return;
            }
            editor.show(n);
        });
        editor.owner().onSet(id -> editor.due().editor().requestFocus());
        problem.setId("actionProblem");
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(
                () -> model.problemProperty().get() == null ? "" : i18n.text(model.problemProperty().get()),
                model.problemProperty()));
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        javafx.scene.control.ScrollPane details = new javafx.scene.control.ScrollPane(editor.root());
        details.setFitToWidth(true);
        details.setMinHeight(120);
        editor.root().setPadding(new Insets(8));
        javafx.scene.control.SplitPane split = new javafx.scene.control.SplitPane(table, details);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.getChildren().addAll(filterBar(wholeDay), addLine, problem, split);
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (NEW_ACTION.match(e)) {
                newAction.requestFocus();
                e.consume();
            } else if (OWNER.match(e) && !editor.root().isDisabled()) {
                editor.owner().editor().requestFocus();
                e.consume();
            } else if (DUE.match(e) && !editor.root().isDisabled()) {
                editor.due().editor().requestFocus();
                e.consume();
            }
        });
    }

    public Node root() {
        return root;
    }

    public TableView<ActionRow> table() {
        return table;
    }

    public TextField newActionField() {
        return newAction;
    }

    public static KeyHelp help() {
        return HELP;
    }

    /** Selects an action and puts the keyboard on its owner (after it was made from a note, say). */
    public void edit(String actionId) {
        model.row(actionId).ifPresent(r -> {
            table.getSelectionModel().select(r);
            table.scrollTo(r);
            editor.owner().editor().requestFocus();
        });
    }

    /** The selected action's id. */
    public Optional<String> selected() {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem()).map(ActionRow::id);
    }

    private void add() {
        model.add(newAction.getText()).ifPresent(id -> {
            newAction.clear();
            edit(id);
        });
    }

    private Node filterBar(boolean wholeDay) {
        // Wraps rather than cutting its labels when the list is narrow (beside the closing's boards).
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(8, 6);
        bar.setAlignment(Pos.CENTER_LEFT);
        if (wholeDay) {
            ChoiceBox<FilterChoice> team = new ChoiceBox<>();
            team.setId("actionTeamFilter");
            refreshTeams(team);
            team.setOnShowing(e -> refreshTeams(team));
            team.valueProperty().addListener((obs, o, n) -> {
                if (n != null) {
                    model.filterProperty().set(model.filterProperty().get().withScope(n.scope(), n.id()));
                }
            });
            bar.getChildren().addAll(new Label(i18n.t("actions.filterTeam")), team);
        }
        ChoiceBox<FilterChoice> owner = new ChoiceBox<>();
        owner.setId("actionOwnerFilter");
        refreshOwners(owner);
        owner.setOnShowing(e -> refreshOwners(owner));
        owner.valueProperty().addListener((obs, o, n) -> {
            if (n != null) {
                model.filterProperty().set(model.filterProperty().get().withOwner(n.id()));
            }
        });
        ToggleButton sort = new ToggleButton(i18n.t("actions.sortByDue"), new FontIcon(MaterialDesignS.SORT_CALENDAR_ASCENDING));
        sort.setId("sortByDue");
        sort.selectedProperty().bindBidirectional(model.sortByDueProperty());
        Label count = new Label();
        count.textProperty().bind(Bindings.createStringBinding(() -> i18n.t("actions.count", model.rows().size()), model.rows()));
        bar.getChildren().addAll(new Label(i18n.t("actions.filterOwner")), owner, sort, count);
        bar.getChildren().forEach(n -> {
            if (n instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        });
        return bar;
    }

    /** A filter choice: scope and team id, or an owner id (null: everyone). */
    private record FilterChoice(ActionFilter.Scope scope, String id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private void refreshTeams(ChoiceBox<FilterChoice> box) {
        FilterChoice keep = box.getValue();
        box.getItems().setAll(new FilterChoice(ActionFilter.Scope.ALL, null, i18n.t("actions.allTeams")),
                new FilterChoice(ActionFilter.Scope.NO_TEAM, null, i18n.t("actions.wholeSession")));
        for (Team t : model.session().roster().teams()) {
            box.getItems().add(new FilterChoice(ActionFilter.Scope.TEAM, t.id(), t.name()));
        }
        box.setValue(box.getItems().stream().filter(c -> keep != null && c.equals(keep)).findFirst().orElse(box.getItems().get(0)));
    }

    private void refreshOwners(ChoiceBox<FilterChoice> box) {
        FilterChoice keep = box.getValue();
        box.getItems().setAll(new FilterChoice(null, null, i18n.t("actions.allOwners")));
        for (Participant p : model.participants()) {
            box.getItems().add(new FilterChoice(null, p.id(), p.name()));
        }
        box.setValue(box.getItems().stream().filter(c -> keep != null && c.equals(keep)).findFirst().orElse(box.getItems().get(0)));
    }

    private TableColumn<ActionRow, String> column(String key, Function<ActionRow, String> text, double width) {
        TableColumn<ActionRow, String> c = new TableColumn<>(i18n.t(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    /** Overdue actions and former owners are marked by a style as well as in words. */
    private static final class FlaggedRow extends TableRow<ActionRow> {
        @Override
        protected void updateItem(ActionRow item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("action-overdue", "action-flagged");
            if (!empty && item != null) {
                if (item.overdue()) {
                    getStyleClass().add("action-overdue");
                }
                if (item.formerOwner() || item.linkGone()) {
                    getStyleClass().add("action-flagged");
                }
            }
        }
    }
}
