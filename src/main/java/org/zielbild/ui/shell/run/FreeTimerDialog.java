package org.zielbild.ui.shell.run;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.zielbild.domain.agenda.Stage;
import org.zielbild.domain.day.FreeTimer;
import org.zielbild.ui.common.I18n;

/** Asks for the minutes (and an optional label for the room) of a free timer; keyboard: digits, Enter. */
public final class FreeTimerDialog extends Dialog<FreeTimerDialog.Request> {

    /** The timer to start. */
    public record Request(int minutes, String label) {
    }

    private static final int[] PRESETS = {3, 5, 7, 10, 15};

    public FreeTimerDialog(Window owner, I18n i18n, int minutes) {
        initOwner(owner);
        setTitle(i18n.t("freeTimer.title"));
        setHeaderText(i18n.t("freeTimer.header"));
        Spinner<Integer> spinner = new Spinner<>(1, Stage.MAX_TIME_BOX, minutes);
        spinner.setEditable(true);
        spinner.getValueFactory().setConverter(new LenientMinutes(spinner));
        spinner.setId("freeTimerMinutes");
        spinner.setPrefWidth(110);
        TextField label = new TextField();
        label.setId("freeTimerLabel");
        label.setPromptText(i18n.t("freeTimer.labelPrompt"));
        label.setPrefColumnCount(24);
        label.textProperty().addListener((obs, old, now) -> {
            if (now.length() > FreeTimer.MAX_LABEL) {
                label.setText(old);
            }
        });
        HBox presets = new HBox(6);
        for (int p : PRESETS) {
            Button b = new Button(i18n.t("freeTimer.presetMinutes", p));
            b.getStyleClass().add("small");
            // Mouse shortcuts only: Tab goes from the minutes straight to the label.
            b.setFocusTraversable(false);
            b.setOnAction(e -> spinner.getValueFactory().setValue(p));
            presets.getChildren().add(b);
        }
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.addRow(0, new Label(i18n.t("freeTimer.minutes")), new HBox(12, spinner, presets));
        grid.addRow(1, new Label(i18n.t("freeTimer.label")), label);
        getDialogPane().setContent(grid);
        ButtonType start = new ButtonType(i18n.t("freeTimer.start"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(start, new ButtonType(i18n.t("common.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        getDialogPane().lookupButton(start).setId("freeTimerStart");
        setResultConverter(b -> {
            if (b != start) {
                return null;
            }
            commitEditor(spinner);
            return new Request(spinner.getValue(), label.getText());
        });
        setOnShown(e -> Platform.runLater(() -> {
            spinner.getEditor().requestFocus();
            spinner.getEditor().selectAll();
        }));
    }

    public Optional<Request> ask() {
        return showAndWait();
    }

    /** Something that is not a number keeps the minutes as they were instead of failing. */
    private static final class LenientMinutes extends javafx.util.StringConverter<Integer> {
        private final Spinner<Integer> spinner;

        LenientMinutes(Spinner<Integer> spinner) {
            this.spinner = spinner;
        }

        @Override
        public String toString(Integer value) {
            return value == null ? "" : value.toString();
        }

        @Override
        public Integer fromString(String text) {
            try {
                return Math.max(1, Math.min(Stage.MAX_TIME_BOX, Integer.parseInt(text.strip())));
            } catch (NumberFormatException e) {
                return spinner.getValue();
            }
        }
    }

    /** A typed number counts even if the user pressed Enter without leaving the field. */
    private static void commitEditor(Spinner<Integer> spinner) {
        Integer typed = spinner.getValueFactory().getConverter().fromString(spinner.getEditor().getText());
        spinner.getValueFactory().setValue(typed);
        spinner.getEditor().setText(String.valueOf(spinner.getValue()));
    }
}
