package org.zielbild.ui.modules.target;

import atlantafx.base.theme.Styles;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.zielbild.domain.target.ItemResult;
import org.zielbild.domain.target.TargetResults;
import org.zielbild.ui.common.I18n;

/**
 * Asked on every way out of the stage while the picture as a whole has not carried: why end now?
 * The reason is recorded (a change, so it is journaled and goes into the minutes); without one the
 * stage stays. A refused reason keeps the dialog open with the text.
 */
final class UnmetReasonDialog {

    private final TargetViewModel vm;
    private final I18n i18n;

    UnmetReasonDialog(TargetViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    /** Shows the question; true once a reason was recorded. */
    boolean ask(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(i18n.t("target.unmet.title"));
        dialog.setHeaderText(i18n.t("target.unmet.header"));
        Label state = new Label(state());
        state.setWrapText(true);
        state.setId("unmetState");
        TextArea reason = new TextArea();
        reason.setId("unmetReason");
        reason.setWrapText(true);
        reason.setPrefRowCount(4);
        reason.setPromptText(i18n.t("target.unmet.prompt"));
        Label problem = new Label();
        problem.setId("unmetProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.DANGER);
        VBox box = new VBox(10, state, reason, problem);
        box.setPrefWidth(560);
        dialog.getDialogPane().setContent(box);
        ButtonType record = new ButtonType(i18n.t("target.unmet.record"), ButtonBar.ButtonData.OK_DONE);
        ButtonType stay = new ButtonType(i18n.t("target.unmet.stay"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(record, stay);
        Button ok = (Button) dialog.getDialogPane().lookupButton(record);
        ok.setId("recordUnmet");
        ok.disableProperty().bind(reason.textProperty().isEmpty());
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            if (!vm.rating().recordReason(reason.getText())) {
                e.consume(); // stays open, with what was typed and why it was refused
                problem.setText(vm.problemProperty().get() == null ? "" : i18n.text(vm.problemProperty().get()));
            }
        });
        dialog.setOnShown(e -> reason.requestFocus());
        Optional<ButtonType> answer = dialog.showAndWait();
        return answer.filter(b -> b == record).isPresent();
    }

    /** Where the picture as a whole stands: never rated, or its latest result and margin. */
    private String state() {
        Optional<ItemResult> latest = TargetResults.latest(vm.picture(), null);
        return latest.map(r -> i18n.t("target.unmet.missed", RoundTexts.counts(i18n, r), StandingLabels.margin(i18n, r)))
                .orElse(i18n.t("target.unmet.notRated"));
    }
}
