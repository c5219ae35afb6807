package org.zielbild.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Slider;
import javafx.util.StringConverter;
import org.zielbild.config.ProjectorTheme;
import org.zielbild.config.RoomSettings;
import org.zielbild.ui.shell.run.Sound;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.zielbild.config.Settings;
import org.zielbild.config.WorkspaceCheck;
import org.zielbild.ui.common.FormGrid;
import org.zielbild.domain.Language;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.shell.start.StartScreen;

/** Language, workspace folder, chime and projector colours. Returns the changed settings; the caller stores them. */
final class SettingsDialog extends Dialog<Settings> {

    SettingsDialog(Window owner, I18n i18n, Settings current, Path defaultWorkspace, Sound chime) {
        initOwner(owner);
        setTitle(i18n.t("settings.title"));
        setHeaderText(i18n.t("settings.header"));

        ChoiceBox<Language> language = new ChoiceBox<>();
        language.setId("settingsLanguage");
        language.getItems().setAll(Language.values());
        language.setConverter(StartScreen.languageNames(i18n));
        language.setValue(current.language());

        TextField workspace = new TextField(current.workspace() == null ? defaultWorkspace.toString() : current.workspace());
        workspace.setId("settingsWorkspace");
        workspace.setPrefColumnCount(36);
        HBox.setHgrow(workspace, Priority.ALWAYS);
        Button browse = new Button(i18n.t("settings.browse"));
        browse.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(i18n.t("settings.workspace"));
            File dir = chooser.showDialog(getDialogPane().getScene().getWindow());
            if (dir != null) {
                workspace.setText(dir.getAbsolutePath());
            }
        });
        Button reset = new Button(i18n.t("settings.default"));
        reset.setOnAction(e -> workspace.setText(defaultWorkspace.toString()));
        browse.setMinWidth(Region.USE_PREF_SIZE);
        reset.setMinWidth(Region.USE_PREF_SIZE);
        Label hint = wrapping(i18n.t("settings.workspaceHint"), "text-small", "text-muted");
        Label problem = wrapping("", "text-small", "danger");
        problem.setId("settingsWorkspaceProblem");
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        workspace.textProperty().addListener((obs, old, now) -> problem.setText(""));

        RoomSettings room = current.room();
        CheckBox chimeOn = new CheckBox(i18n.t("settings.chime"));
        chimeOn.setId("settingsChime");
        chimeOn.setSelected(room.chimeOn());
        Slider volume = new Slider(0, 100, room.chimeVolume());
        volume.setId("settingsChimeVolume");
        volume.setPrefWidth(220);
        volume.disableProperty().bind(chimeOn.selectedProperty().not());
        Button test = new Button(i18n.t("settings.chimeTest"));
        test.setOnAction(e -> chime.play(volume.getValue() / 100));
        test.disableProperty().bind(chimeOn.selectedProperty().not());
        ChoiceBox<ProjectorTheme> theme = new ChoiceBox<>();
        theme.setId("settingsProjectorTheme");
        theme.getItems().setAll(ProjectorTheme.values());
        theme.setConverter(new StringConverter<>() {
            @Override
            public String toString(ProjectorTheme t) {
                return t == null ? "" : i18n.t("settings.projectorTheme." + t.name().toLowerCase(java.util.Locale.ROOT));
            }

            @Override
            public ProjectorTheme fromString(String s) {
                return null;
            }
        });
        theme.setValue(room.projectorTheme());
        Label roomTitle = new Label(i18n.t("settings.room"));
        roomTitle.getStyleClass().add("text-bold");

        GridPane grid = FormGrid.create();
        FormGrid.row(grid, 0, i18n.t("settings.language"), language);
        FormGrid.row(grid, 1, i18n.t("settings.workspace"), new HBox(8, workspace, browse, reset));
        grid.add(new VBox(4, problem, hint), 1, 2);
        grid.add(roomTitle, 0, 3, 2, 1);
        grid.add(chimeOn, 1, 4);
        FormGrid.row(grid, 5, i18n.t("settings.chimeVolume"), new HBox(8, volume, test));
        FormGrid.row(grid, 6, i18n.t("settings.projectorTheme"), theme);
        getDialogPane().setContent(grid);
        // The dialog is as wide as its widest row, never narrower: labels and buttons keep their text.
        getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        getDialogPane().setMinHeight(Region.USE_PREF_SIZE);

        ButtonType save = new ButtonType(i18n.t("common.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, new ButtonType(i18n.t("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        getDialogPane().lookupButton(save).setId("settingsSave");
        // A folder that cannot hold sessions is named before the dialog closes, not when the next session fails.
        getDialogPane().lookupButton(save).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            String folder = workspace.getText().strip();
            if (!folder.isEmpty()) {
                WorkspaceCheck.problem(folder).ifPresent(m -> {
                    problem.setText(i18n.text(m));
                    workspace.requestFocus();
                    e.consume();
                });
            }
        });
        setResultConverter(button -> {
            if (button != save) {
                return null;
            }
            String folder = workspace.getText().strip();
            String stored = folder.isEmpty() || Path.of(folder).equals(defaultWorkspace) ? null : folder;
            return current.withLanguage(language.getValue()).withWorkspace(stored)
                    .withRoom(room.withChime(chimeOn.isSelected(), (int) Math.round(volume.getValue()))
                            .withProjectorTheme(theme.getValue()));
        });
    }

    private static Label wrapping(String text, String... styles) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(460);
        label.getStyleClass().addAll(styles);
        return label;
    }

    Optional<Settings> ask() {
        return showAndWait();
    }
}
