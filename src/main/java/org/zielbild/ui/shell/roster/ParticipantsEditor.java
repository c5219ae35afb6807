package org.zielbild.ui.shell.roster;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.zielbild.csv.ImportProblem;
import org.zielbild.domain.roster.Participant;
import org.zielbild.domain.roster.Team;
import org.zielbild.domain.roster.TeamColor;
import org.zielbild.ui.common.Choices;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.TeamColors;
import org.zielbild.ui.common.imports.ImportDialog;
import org.zielbild.ui.common.imports.TextFiles;

/**
 * Participants and teams: type a name and press Enter, paste a list, import a CSV; rename in
 * place; teams with a name and a colour. Every edit is one undoable change.
 */
public final class ParticipantsEditor {

    private final ParticipantsViewModel vm;
    private final I18n i18n;
    private final VBox root = new VBox(12);
    private final TableView<Participant> people = new TableView<>();
    private final TableView<Team> teamTable = new TableView<>();

    public ParticipantsEditor(ParticipantsViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        build();
    }

    public Parent root() {
        return root;
    }

    private void build() {
        root.setPadding(new Insets(16));
        VBox peoplePane = participantsPane();
        VBox teamsPane = teamsPane();
        HBox.setHgrow(peoplePane, Priority.ALWAYS);
        teamsPane.setPrefWidth(340);
        HBox panes = new HBox(16, peoplePane, teamsPane);
        VBox.setVgrow(panes, Priority.ALWAYS);

        Label problem = new Label();
        problem.setId("rosterProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(Bindings.createStringBinding(
                () -> vm.problemProperty().get() == null ? "" : i18n.text(vm.problemProperty().get()),
                vm.problemProperty()));
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());

        javafx.scene.control.ListView<String> skipped = new javafx.scene.control.ListView<>();
        skipped.setId("skippedLines");
        // Three lines at least: the tables above give way, not the list of what was left out.
        skipped.setPrefHeight(90);
        skipped.setMinHeight(Region.USE_PREF_SIZE);
        Label skippedTitle = new Label(i18n.t("roster.skipped"));
        skippedTitle.getStyleClass().add(Styles.WARNING);
        Button dismiss = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
        dismiss.setId("dismissSkipped");
        dismiss.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        dismiss.setAccessibleText(i18n.t("roster.skippedDismiss"));
        dismiss.setTooltip(new javafx.scene.control.Tooltip(i18n.t("roster.skippedDismiss")));
        dismiss.setOnAction(e -> vm.importProblems().clear());
        Region skippedGap = new Region();
        HBox.setHgrow(skippedGap, Priority.ALWAYS);
        HBox skippedHeader = new HBox(8, skippedTitle, skippedGap, dismiss);
        skippedHeader.setAlignment(Pos.CENTER_LEFT);
        VBox skippedBox = new VBox(4, skippedHeader, skipped);
        Runnable showSkipped = () -> {
            skipped.getItems().setAll(vm.importProblems().stream().map(p -> i18n.text(p.message())).toList());
            skippedBox.setVisible(!vm.importProblems().isEmpty());
            skippedBox.setManaged(!vm.importProblems().isEmpty());
        };
        vm.importProblems().addListener((javafx.collections.ListChangeListener<ImportProblem>) c -> showSkipped.run());
        showSkipped.run();

        root.getChildren().addAll(panes, problem, skippedBox);
    }

    private VBox participantsPane() {
        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_4);
        title.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.t("roster.participants", vm.participants().size()), vm.participants()));

        TextField name = new TextField();
        name.setId("newParticipantName");
        name.setPromptText(i18n.t("roster.namePrompt"));
        name.textProperty().bindBidirectional(vm.newNameProperty());
        HBox.setHgrow(name, Priority.ALWAYS);
        ComboBox<Team> team = new ComboBox<>(Choices.withNone(vm.teams()));
        team.setId("newParticipantTeam");
        team.setConverter(teamNames());
        team.setPromptText(i18n.t("roster.noTeam"));
        team.valueProperty().bindBidirectional(vm.newTeamProperty());
        // Fixed, not as wide as the longest team name: a long name would squeeze the name field and Add.
        team.setPrefWidth(160);
        Button add = new Button(i18n.t("roster.add"), new FontIcon(MaterialDesignA.ACCOUNT_PLUS));
        add.setId("addParticipant");
        add.disableProperty().bind(vm.newNameProperty().isEmpty());
        add.setMinWidth(Region.USE_PREF_SIZE);
        // Enter adds and keeps the focus in the field, so a list can be typed without the mouse.
        name.setOnAction(e -> vm.addParticipant());
        add.setOnAction(e -> {
            vm.addParticipant();
            name.requestFocus();
        });
        HBox entry = new HBox(8, name, team, add);
        entry.setAlignment(Pos.CENTER_LEFT);

        people.setId("participantTable");
        people.setItems(vm.participants());
        people.setEditable(true);
        people.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        // Cells, not rows: the arrow keys reach the team column and F2 edits it without a mouse.
        people.getSelectionModel().setCellSelectionEnabled(true);
        people.setPlaceholder(placeholder(i18n.t("roster.noParticipants")));
        TableColumn<Participant, String> nameCol = new TableColumn<>(i18n.t("roster.name"));
        nameCol.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(c.getValue().name()));
        nameCol.setCellFactory(TextFieldTableCell.forTableColumn());
        nameCol.setOnEditCommit(e -> {
            if (!vm.renameParticipant(e.getRowValue().id(), e.getNewValue())) {
                people.refresh();
            }
        });
        nameCol.setPrefWidth(260);
        TableColumn<Participant, Team> teamCol = new TableColumn<>(i18n.t("roster.team"));
        teamCol.setCellValueFactory(c -> new javafx.beans.property.SimpleObjectProperty<>(
                c.getValue().teamId() == null ? null : vm.teams().stream()
                        .filter(t -> t.id().equals(c.getValue().teamId())).findFirst().orElse(null)));
        teamCol.setCellFactory(col -> new KeyboardComboCell<>(teamNames(), Choices.withNone(vm.teams())));
        teamCol.setOnEditCommit(e -> vm.setTeam(e.getRowValue().id(), e.getNewValue()));
        teamCol.setPrefWidth(180);
        TableColumn<Participant, Boolean> presentCol = presentColumn();
        people.getColumns().setAll(List.of(nameCol, teamCol, presentCol));
        org.zielbild.ui.common.ReadableHeaders.keep(people); // "Heute anwesend" is wider than the column's minimum (0068)
        people.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(people, Priority.ALWAYS);
        // Space on the attendance column ticks it, like a click on the box (before the table selects with it).
        people.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            var focused = people.getFocusModel().getFocusedCell();
            if (e.getCode() == KeyCode.SPACE && focused != null && focused.getTableColumn() == presentCol
                    && focused.getRow() >= 0 && people.getEditingCell() == null) {
                Participant p = people.getItems().get(focused.getRow());
                vm.setPresent(p.id(), !p.present());
                e.consume();
            }
        });
        people.setOnKeyPressed(e -> {
            if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) && people.getEditingCell() == null) {
                vm.removeParticipants(selectedPeople());
                e.consume();
            }
        });

        Button remove = new Button(i18n.t("roster.remove"), new FontIcon(MaterialDesignD.DELETE_OUTLINE));
        remove.setId("removeParticipant");
        remove.disableProperty().bind(people.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.removeParticipants(selectedPeople()));
        Button paste = new Button(i18n.t("roster.pasteList"), new FontIcon(MaterialDesignC.CONTENT_PASTE));
        paste.setId("pasteList");
        paste.setOnAction(e -> pasteList());
        Button csv = new Button(i18n.t("roster.importCsv"), new FontIcon(MaterialDesignF.FILE_DELIMITED_OUTLINE));
        csv.setId("importCsv");
        csv.setOnAction(e -> importCsv());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        for (Button b : List.of(remove, paste, csv)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox actions = new HBox(8, remove, gap, paste, csv);
        Label keys = hint(i18n.t("roster.tableHint"));

        VBox box = new VBox(10, title, entry, people, actions, keys);
        box.getStyleClass().add("panel");
        return box;
    }

    private VBox teamsPane() {
        Label title = new Label(i18n.t("roster.teams"));
        title.getStyleClass().add(Styles.TITLE_4);
        TextField name = new TextField();
        name.setId("newTeamName");
        name.setPromptText(i18n.t("roster.teamPrompt"));
        name.textProperty().bindBidirectional(vm.newTeamNameProperty());
        name.setOnAction(e -> vm.addTeam());
        HBox.setHgrow(name, Priority.ALWAYS);
        Button add = new Button(null, new FontIcon(MaterialDesignP.PLUS));
        add.setId("addTeam");
        add.setAccessibleText(i18n.t("roster.addTeam"));
        add.disableProperty().bind(vm.newTeamNameProperty().isEmpty());
        add.setOnAction(e -> vm.addTeam());
        HBox entry = new HBox(8, name, add);

        teamTable.setId("teamTable");
        teamTable.setItems(vm.teams());
        teamTable.setEditable(true);
        teamTable.getSelectionModel().setCellSelectionEnabled(true);
        teamTable.setPlaceholder(placeholder(i18n.t("roster.noTeams")));
        TableColumn<Team, String> nameCol = new TableColumn<>(i18n.t("roster.name"));
        nameCol.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(c.getValue().name()));
        nameCol.setCellFactory(TextFieldTableCell.forTableColumn());
        nameCol.setOnEditCommit(e -> {
            if (!vm.renameTeam(e.getRowValue().id(), e.getNewValue())) {
                teamTable.refresh();
            }
        });
        TableColumn<Team, TeamColor> colorCol = new TableColumn<>(i18n.t("roster.color"));
        colorCol.setCellValueFactory(c -> new javafx.beans.property.SimpleObjectProperty<>(c.getValue().color()));
        colorCol.setCellFactory(col -> {
            ComboBoxTableCell<Team, TeamColor> cell = new KeyboardComboCell<>(colorNames(),
                    javafx.collections.FXCollections.observableArrayList(TeamColor.values())) {
                @Override
                public void updateItem(TeamColor item, boolean empty) {
                    super.updateItem(item, empty);
                    setGraphic(empty || item == null || isEditing() ? getGraphic() : TeamColors.swatch(item, 12));
                }
            };
            return cell;
        });
        colorCol.setOnEditCommit(e -> vm.setTeamColor(e.getRowValue().id(), e.getNewValue()));
        teamTable.getColumns().setAll(List.of(nameCol, colorCol));
        teamTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(teamTable, Priority.ALWAYS);

        Button remove = new Button(i18n.t("roster.removeTeam"), new FontIcon(MaterialDesignD.DELETE_OUTLINE));
        remove.setId("removeTeam");
        remove.setMinWidth(Region.USE_PREF_SIZE);
        remove.disableProperty().bind(teamTable.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.removeTeam(teamTable.getSelectionModel().getSelectedItem()));
        teamTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && teamTable.getEditingCell() == null) {
                vm.removeTeam(teamTable.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        Label hint = hint(i18n.t("roster.teamHint"));

        VBox box = new VBox(10, title, entry, teamTable, remove, hint);
        box.getStyleClass().add("panel");
        return box;
    }

    /** The people in the selected cells, each once (a row can have several selected cells). */
    /** "Present today": ticked by default; a click or Space changes it (one undoable change). */
    private TableColumn<Participant, Boolean> presentColumn() {
        TableColumn<Participant, Boolean> col = new TableColumn<>(i18n.t("roster.present"));
        col.setId("presentColumn");
        col.setCellValueFactory(c -> new javafx.beans.property.SimpleBooleanProperty(c.getValue().present()));
        col.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            private final javafx.scene.control.CheckBox box = new javafx.scene.control.CheckBox();

            {
                box.setOnAction(e -> {
                    Participant p = getTableRow() == null ? null : getTableRow().getItem();
                    if (p != null && !vm.setPresent(p.id(), box.isSelected())) {
                        box.setSelected(p.present());
                    }
                });
                setAlignment(Pos.CENTER);
            }

            @Override
            protected void updateItem(Boolean present, boolean empty) {
                super.updateItem(present, empty);
                setText(null);
                if (empty || present == null) {
                    setGraphic(null);
                } else {
                    box.setSelected(present);
                    setGraphic(box);
                }
            }
        });
        col.setPrefWidth(150);
        col.setMinWidth(120);
        return col;
    }

    private List<Participant> selectedPeople() {
        return people.getSelectionModel().getSelectedItems().stream().distinct().toList();
    }

    private static Label hint(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        return hint;
    }

    private static Label placeholder(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setPadding(new Insets(12));
        label.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        return label;
    }

    private void pasteList() {
        new ImportDialog<>(root.getScene().getWindow(), i18n, "import.pasteTitle", "import.pasteHint", "",
                vm::previewNames).showAndWait().ifPresent(vm::applyImport);
    }

    private void importCsv() {
        TextFiles.chooseAndRead(root.getScene().getWindow(), i18n, "roster.importCsv", vm.importProblems()::setAll)
                .ifPresent(this::previewCsv);
    }

    /** Reads a CSV file and shows the import preview: the file chooser's second half, also used by tests. */
    public void importCsv(java.nio.file.Path file) {
        TextFiles.readOrReport(file, vm.importProblems()::setAll).ifPresent(this::previewCsv);
    }

    private void previewCsv(org.zielbild.csv.TextFile file) {
        new ImportDialog<>(root.getScene().getWindow(), i18n, "import.csvTitle", "import.csvHint", file, vm::previewCsv)
                .showAndWait().ifPresent(vm::applyImport);
    }

    private StringConverter<Team> teamNames() {
        return new StringConverter<>() {
            @Override
            public String toString(Team t) {
                return t == null ? i18n.t("roster.noTeam") : t.name();
            }

            @Override
            public Team fromString(String s) {
                return null;
            }
        };
    }

    private StringConverter<TeamColor> colorNames() {
        return new StringConverter<>() {
            @Override
            public String toString(TeamColor c) {
                return c == null ? "" : i18n.t(c.nameKey());
            }

            @Override
            public TeamColor fromString(String s) {
                return null;
            }
        };
    }
}
