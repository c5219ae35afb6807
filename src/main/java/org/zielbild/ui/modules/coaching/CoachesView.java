package org.zielbild.ui.modules.coaching;

import atlantafx.base.theme.Styles;
import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.zielbild.domain.coaching.Coach;
import org.zielbild.ui.common.FormGrid;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.ReadableHeaders;
import org.zielbild.ui.common.imports.ImportDialog;
import org.zielbild.ui.common.imports.TextFiles;
import org.zielbild.ui.modules.coaching.imports.CoachingImportPlan;

/**
 * The coaches: a table (number, name, places, languages, photo) and a form for the one selected
 * (or a new one); import from CSV with a preview of every skipped line; the pairs kept apart below.
 */
final class CoachesView {

    private final CoachesViewModel vm;
    private final I18n i18n;
    private final HBox root = new HBox(16);
    private final TableView<Coach> table = new TableView<>();
    private final TextField name = new TextField();
    private final Spinner<Integer> capacity = new Spinner<>(0, Coach.MAX_CAPACITY, 6);
    private final TextField languages = new TextField();
    private final TextArea style = new TextArea();
    private final ImageView photo = new ImageView();
    private final Button save = new Button();
    private final Label problem = new Label();

    CoachesView(CoachesViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        root.setPadding(new Insets(12));
        VBox left = new VBox(8, table, tableButtons());
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox.setHgrow(left, Priority.ALWAYS);
        ScrollPane right = new ScrollPane(new VBox(12, form(), new KeptApartPane(vm, i18n).root()));
        right.setFitToWidth(true);
        right.setMinWidth(400);
        right.setPrefWidth(430);
        root.getChildren().addAll(left, right);
        buildTable();
        problem.setId("coachProblem");
        problem.getStyleClass().add("coaching-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(() -> vm.problemProperty().get() == null ? ""
                : i18n.text(vm.problemProperty().get()), vm.problemProperty()));
        table.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> load(n));
        load(null);
    }

    Node root() {
        return root;
    }

    private void buildTable() {
        table.setId("coachTable");
        table.setItems(vm.coaches());
        table.setPlaceholder(Placeholder.of(i18n.t("coaching.coaches.none")));
        TableColumn<Coach, String> nr = column(i18n.t("coaching.coaches.number"), c -> String.valueOf(vm.coaches().indexOf(c) + 1));
        nr.setPrefWidth(44);
        TableColumn<Coach, String> who = column(i18n.t("coaching.coaches.name"), Coach::name);
        who.setPrefWidth(200);
        TableColumn<Coach, String> places = column(i18n.t("coaching.coaches.places"), c -> String.valueOf(c.capacity()));
        places.setPrefWidth(80);
        TableColumn<Coach, String> langs = column(i18n.t("coaching.coaches.languages"), Coach::languages);
        TableColumn<Coach, String> pic = column(i18n.t("coaching.coaches.photo"), c -> c.hasPhoto() ? "✓" : "");
        pic.setPrefWidth(70);
        table.getColumns().setAll(java.util.List.of(nr, who, places, langs, pic));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ReadableHeaders.keep(table);
    }

    private static TableColumn<Coach, String> column(String title, java.util.function.Function<Coach, String> value) {
        TableColumn<Coach, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new javafx.beans.property.SimpleStringProperty(value.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }

    private Node tableButtons() {
        Button add = new Button(i18n.t("coaching.coaches.new"));
        add.setId("coachNew");
        add.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            name.requestFocus();
        });
        Button paste = new Button(i18n.t("coaching.coaches.paste"));
        paste.setId("coachPaste");
        paste.setOnAction(e -> importCoaches(""));
        Button file = new Button(i18n.t("coaching.coaches.file"));
        file.setId("coachFile");
        file.setOnAction(e -> TextFiles.chooseAndRead(root.getScene().getWindow(), i18n, "coaching.coaches.fileTitle",
                p -> vm.report(p.message())).ifPresent(text -> showImport(new ImportDialog<>(root.getScene().getWindow(),
                i18n, "coaching.coaches.importTitle", "coaching.coaches.importHint", text, vm::importPlan))));
        Button remove = new Button(i18n.t("coaching.coaches.remove"));
        remove.setId("coachRemove");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.remove(table.getSelectionModel().getSelectedItem().id()));
        FlowPane buttons = new FlowPane(8, 8, add, paste, file, remove);
        buttons.getChildren().forEach(b -> ((Region) b).setMinWidth(Region.USE_PREF_SIZE));
        return buttons;
    }

    private void importCoaches(String text) {
        showImport(new ImportDialog<>(root.getScene().getWindow(), i18n, "coaching.coaches.importTitle",
                "coaching.coaches.importHint", text, vm::importPlan));
    }

    /** The preview; a file's comes with its encoding to correct (the imports' shared dialog). */
    private void showImport(ImportDialog<CoachingImportPlan> dialog) {
        dialog.showAndWait().ifPresent(vm::importCoaches);
    }

    private Node form() {
        GridPane grid = FormGrid.create();
        name.setId("coachName");
        capacity.setId("coachCapacity");
        capacity.setEditable(true);
        languages.setId("coachLanguages");
        style.setId("coachStyle");
        style.setPrefRowCount(4);
        style.setWrapText(true);
        FormGrid.row(grid, 0, i18n.t("coaching.coaches.name"), name);
        FormGrid.row(grid, 1, i18n.t("coaching.coaches.places"), capacity);
        FormGrid.row(grid, 2, i18n.t("coaching.coaches.languages"), languages);
        FormGrid.row(grid, 3, i18n.t("coaching.coaches.style"), style);
        photo.setFitWidth(96);
        photo.setFitHeight(96);
        photo.setPreserveRatio(true);
        Button choose = new Button(i18n.t("coaching.coaches.choosePhoto"));
        choose.setId("coachPhoto");
        choose.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        choose.setOnAction(e -> choosePhoto());
        Button none = new Button(i18n.t("coaching.coaches.noPhoto"));
        none.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        none.setOnAction(e -> vm.removePhoto(table.getSelectionModel().getSelectedItem().id()));
        VBox photoButtons = new VBox(6, choose, none);
        FormGrid.row(grid, 4, i18n.t("coaching.coaches.photo"), new HBox(10, photo, photoButtons));
        save.setId("coachSave");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(false);
        save.setOnAction(e -> save());
        name.setOnAction(e -> save());
        Label title = new Label(i18n.t("coaching.coaches.details"));
        title.getStyleClass().add("coaching-section");
        return new VBox(8, title, grid, save, problem);
    }

    private void load(Coach coach) {
        vm.clearProblem();
        name.setText(coach == null ? "" : coach.name());
        capacity.getValueFactory().setValue(coach == null ? 6 : coach.capacity());
        languages.setText(coach == null ? "" : coach.languages());
        style.setText(coach == null ? "" : coach.style());
        save.setText(i18n.t(coach == null ? "coaching.coaches.add" : "coaching.coaches.save"));
        photo.setImage(coach == null ? null : vm.photoUrl(coach).map(url -> new Image(url, 96, 96, true, true, true))
                .orElse(null));
    }

    private void save() {
        capacity.increment(0); // takes a number typed into the spinner
        Coach selected = table.getSelectionModel().getSelectedItem();
        if (selected == null) {
            if (vm.add(name.getText(), capacity.getValue(), style.getText(), languages.getText())) {
                load(null);
                name.requestFocus();
            }
        } else {
            Coach changed = new Coach(selected.id(), name.getText(), style.getText(), selected.photo(), languages.getText(),
                    capacity.getValue());
            if (vm.save(changed)) {
                table.getSelectionModel().select(vm.coaches().stream().filter(c -> c.id().equals(selected.id()))
                        .findFirst().orElse(null));
            }
        }
    }

    private void choosePhoto() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.t("coaching.coaches.choosePhoto"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(i18n.t("coaching.coaches.pictures"), "*.png", "*.jpg", "*.jpeg", "*.gif", "*.bmp"),
                new FileChooser.ExtensionFilter(i18n.t("import.allFiles"), "*.*"));
        File file = chooser.showOpenDialog(root.getScene().getWindow());
        Coach selected = table.getSelectionModel().getSelectedItem();
        if (file != null && selected != null && vm.attachPhoto(selected.id(), file.toPath())) {
            vm.coaches().stream().filter(c -> c.id().equals(selected.id())).findFirst().ifPresent(this::load);
        }
    }
}
