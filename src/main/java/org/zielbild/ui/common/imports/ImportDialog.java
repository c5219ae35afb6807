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
        VBox content = new VBox(8, text, summary, problems);
        getDialogPane().setContent(content);

        add = new ButtonType(i18n.t("import.add"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(add, new ButtonType(i18n.t("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        getDialogPane().lookupButton(add).setId("importAdd");

        // Large pastes are parsed once the typing pauses, not on every key.
        PauseTransition debounce = new PauseTransition(Duration.millis(200));
        debounce.setOnFinished(e -> refresh());
        text.textProperty().addListener((obs, old, now) -> debounce.playFromStart());
        refresh();
        setResultConverter(button -> button == add ? plan : null);
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
