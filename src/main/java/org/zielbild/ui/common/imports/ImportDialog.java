package org.zielbild.ui.common.imports;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.zielbild.csv.TextFile;
import org.zielbild.ui.common.I18n;

/**
 * Paste or review lines to import, with a live preview of what would be added and which lines
 * would be skipped and why. Returns the plan when the user confirms.
 */
public final class ImportDialog<P extends ImportPreview> extends Dialog<P> {

    private final I18n i18n;
    private final Function<String, P> planner;
    private final TextArea text = new TextArea();
    private final Label summary = new Label();
    private final ListView<String> problems = new ListView<>();
    private final ButtonType add;
    private P plan;
    private final PauseTransition debounce = new PauseTransition(Duration.millis(200));

    /**
     * A file's lines to review, with its encoding to correct (preset by the detection): choosing
     * another reads the file's bytes again and plans the new text.
     */
    public ImportDialog(Window owner, I18n i18n, String titleKey, String hintKey, TextFile file,
                        Function<String, P> planner) {
        this(owner, i18n, titleKey, hintKey, file.detected().text(), planner);
        EncodingChoice encoding = new EncodingChoice(i18n, file, text::setText);
        ((VBox) getDialogPane().getContent()).getChildren().add(0, encoding.root());
    }

    public ImportDialog(Window owner, I18n i18n, String titleKey, String hintKey, String initialText,
                        Function<String, P> planner) {
        this.i18n = i18n;
        this.planner = planner;
        initOwner(owner);
        setTitle(i18n.t(titleKey));
        setHeaderText(i18n.t(hintKey));
        setResizable(true);

        text.setId("importText");
        text.setPrefRowCount(12);
        text.setPrefColumnCount(50);
        text.setText(initialText);
        summary.setId("importSummary");
        summary.setWrapText(true);
        problems.setId("importProblems");
        problems.setPrefHeight(120);
        problems.setPlaceholder(new Label(i18n.t("import.noProblems")));
        Label keys = new Label(i18n.t("import.keys"));
        keys.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        keys.setWrapText(true);
        VBox content = new VBox(8, text, keys, summary, problems);
        getDialogPane().setContent(content);

        add = new ButtonType(i18n.t("import.add"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(add, new ButtonType(i18n.t("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        getDialogPane().lookupButton(add).setId("importAdd");

        // Large pastes are parsed once the typing pauses, not on every key.
        debounce.setOnFinished(e -> refresh());
        text.textProperty().addListener((obs, old, now) -> debounce.playFromStart());
        refresh();
        // Planned again from the text as it is now: a click within the debounce must not add an older plan.
        setResultConverter(button -> {
            if (button != add) {
                return null;
            }
            planNow();
            return plan;
        });
        keyboard();
    }

    /**
     * From the keyboard: the text has the focus when the dialog opens (Ctrl+V right away), Tab
     * leaves it (a tab character is no use in a list of names) and Ctrl+Enter adds.
     */
    private void keyboard() {
        // After the dialog has put the focus on its default button.
        setOnShown(e -> javafx.application.Platform.runLater(text::requestFocus));
        text.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.TAB && !e.isControlDown() && !e.isAltDown()) {
                e.consume();
                text.fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "",
                        javafx.scene.input.KeyCode.TAB, e.isShiftDown(), true, false, false));
            } else if (e.getCode() == javafx.scene.input.KeyCode.ENTER && e.isShortcutDown()) {
                e.consume();
                planNow();
                javafx.scene.control.Button button = (javafx.scene.control.Button) getDialogPane().lookupButton(add);
                if (!button.isDisabled()) {
                    button.fire();
                }
            }
        });
    }

    /** Plans the text as it is now if typing has not paused long enough for the preview yet. */
    private void planNow() {
        if (debounce.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            debounce.stop();
            refresh();
        }
    }

    private void refresh() {
        plan = planner.apply(text.getText());
        summary.setText(i18n.text(plan.summary()));
        summary.getStyleClass().remove(Styles.WARNING);
        if (!plan.problems().isEmpty()) {
            summary.getStyleClass().add(Styles.WARNING);
        }
        problems.getItems().setAll(plan.problems().stream().map(p -> i18n.text(p.message())).toList());
        getDialogPane().lookupButton(add).setDisable(plan.isEmpty());
    }
}
