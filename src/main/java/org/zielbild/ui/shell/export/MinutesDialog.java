package org.zielbild.ui.shell.export;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.zielbild.export.ExportFormat;
import org.zielbild.ui.common.AppIcons;
import org.zielbild.ui.common.I18n;

/**
 * The minutes export window: formats, parts of the minutes, pictures, the CSV's rank option, the
 * target folder and name; then progress, and "Open file" / "Open folder" once written. It can be
 * opened at any time of the day; the export reads the session as it is at the click.
 */
public final class MinutesDialog {

    private final MinutesExportViewModel vm;
    private final I18n i18n;
    private final FileOpener opener;
    private final VBox root = new VBox(12);
    private final Label problem = new Label();
    private final Label openProblem = new Label();

    public MinutesDialog(MinutesExportViewModel vm, I18n i18n, FileOpener opener) {
        this.vm = vm;
        this.i18n = i18n;
        this.opener = opener;
        build();
    }

    public Parent root() {
        return root;
    }

    /** Shows the dialog over {@code owner}; Esc closes it (an export under way goes on). */
    public Stage show(Window owner) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle(i18n.t("export.dialog.title"));
        AppIcons.apply(stage);
        Scene scene = new Scene(root, 720, 640);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    private void build() {
        root.setPadding(new Insets(16));
        root.setId("minutesExport");
        Label intro = new Label(i18n.t("export.dialog.intro"));
        intro.setWrapText(true);

        FlowPane formats = new FlowPane(16, 8);
        for (ExportFormat f : ExportFormat.values()) {
            CheckBox box = new CheckBox(i18n.t("export.format." + f.label()));
            box.setId("format-" + f.label());
            box.selectedProperty().bindBidirectional(vm.format(f));
            formats.getChildren().add(box);
        }

        VBox parts = new VBox(4);
        for (MinutesExportViewModel.PartChoice p : vm.parts()) {
            CheckBox box = new CheckBox(p.title());
            box.setId("part-" + p.key());
            box.selectedProperty().bindBidirectional(p.chosen());
            parts.getChildren().add(box);
        }
        if (vm.parts().isEmpty()) {
            parts.getChildren().add(new Label(i18n.t("export.dialog.noParts")));
        }
        CheckBox pictures = new CheckBox(i18n.t("export.dialog.pictures"));
        pictures.setId("withPictures");
        pictures.selectedProperty().bindBidirectional(vm.withPicturesProperty());
        pictures.setDisable(!vm.picturesAvailable());
        CheckBox ranks = new CheckBox(i18n.t("export.dialog.includeRanks"));
        ranks.setId("includeRanks");
        ranks.setWrapText(true);
        ranks.selectedProperty().bindBidirectional(vm.includeRanksProperty());
        ranks.disableProperty().bind(vm.format(ExportFormat.CSV).not());
        ScrollPane partsScroll = new ScrollPane(parts);
        partsScroll.setFitToWidth(true);
        partsScroll.setPrefViewportHeight(150);

        TextField folder = new TextField();
        folder.setId("exportFolder");
        folder.textProperty().bind(Bindings.createStringBinding(
                () -> vm.folderProperty().get() == null ? "" : vm.folderProperty().get().toString(), vm.folderProperty()));
        folder.setEditable(false);
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button choose = new Button(i18n.t("export.dialog.chooseFolder"));
        choose.setId("chooseFolder");
        choose.setOnAction(e -> chooseFolder());
        TextField name = new TextField();
        name.setId("exportName");
        name.textProperty().bindBidirectional(vm.baseNameProperty());

        ProgressBar progress = new ProgressBar();
        progress.setId("exportProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.runningProperty().or(vm.progressProperty().greaterThan(0)));
        Label status = new Label();
        status.setId("exportStatus");
        status.textProperty().bind(Bindings.createStringBinding(
                () -> vm.statusProperty().get() == null ? "" : i18n.text(vm.statusProperty().get()), vm.statusProperty()));
        problem.setId("exportProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add("danger");
        problem.textProperty().bind(Bindings.createStringBinding(
                () -> vm.problemProperty().get() == null ? "" : i18n.text(vm.problemProperty().get()), vm.problemProperty()));

        Button export = new Button(i18n.t("export.dialog.export"));
        export.setId("exportButton");
        export.setDefaultButton(true);
        export.disableProperty().bind(vm.runningProperty());
        export.setOnAction(e -> vm.export());
        Button openFile = new Button(i18n.t("export.dialog.openFile"));
        openFile.setId("openFile");
        Button openFolder = new Button(i18n.t("export.dialog.openFolder"));
        openFolder.setId("openFolder");
        openFile.disableProperty().bind(Bindings.createBooleanBinding(() -> firstFile() == null, vm.writtenProperty()));
        openFolder.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.writtenProperty().get().isEmpty(),
                vm.writtenProperty()));
        openFile.setOnAction(e -> opener.open(firstFile(), this::tell));
        openFolder.setOnAction(e -> opener.open(vm.folderProperty().get(), this::tell));
        HBox buttons = new HBox(8, export, openFile, openFolder);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        root.getChildren().addAll(intro, heading("export.dialog.formats"), formats, heading("export.dialog.parts"),
                partsScroll, pictures, ranks, heading("export.dialog.where"), new HBox(8, folder, choose),
                new HBox(8, new Label(i18n.t("export.dialog.name")), name), progress, status, problem, buttons, openProblem);
        openProblem.setId("openProblem");
        openProblem.setWrapText(true);
        HBox.setHgrow(name, Priority.ALWAYS);
    }

    private Label heading(String key) {
        Label l = new Label(i18n.t(key));
        l.getStyleClass().add("text-bold");
        return l;
    }

    /** The first document written (PDF before HTML before Markdown), not the CSV folder. */
    private Path firstFile() {
        List<Path> files = vm.writtenProperty().get();
        return files.stream().filter(Files::isRegularFile).findFirst().orElse(null);
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(i18n.t("export.dialog.chooseFolder"));
        Path current = vm.folderProperty().get();
        if (current != null && Files.isDirectory(current)) {
            chooser.setInitialDirectory(current.toFile());
        }
        File picked = chooser.showDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (picked != null) {
            vm.folderProperty().set(picked.toPath());
        }
    }

    /** The system could not open a file: said below the buttons, apart from the export's own problems. */
    private void tell(org.zielbild.domain.Message m) {
        Platform.runLater(() -> openProblem.setText(i18n.text(m)));
    }
}
