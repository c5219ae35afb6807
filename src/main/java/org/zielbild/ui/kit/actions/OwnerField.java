package org.zielbild.ui.kit.actions;

import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;
import org.zielbild.domain.roster.Participant;
import org.zielbild.ui.common.I18n;

/**
 * The owner of an action, typed: ControlsFX's completion searches the participants (23 and more) as
 * one types. A name nobody has is never kept as free text: the field offers to add that person as a
 * participant (and owner), or to go back to the owner as it was.
 */
final class OwnerField extends VBox {

    private final ActionListModel model;
    private final I18n i18n;
    private final TextField text = new TextField();
    private final HBox offer = new HBox(8);
    private final Label offerText = new Label();
    private final AutoCompletionBinding<String> completion;
    private String actionId;
    private String shown = "";
    private Consumer<String> afterSet = id -> { };

    OwnerField(ActionListModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        text.setId("actionOwner");
        text.setPromptText(i18n.t("actions.ownerPrompt"));
        completion = TextFields.bindAutoCompletion(text, request -> {
            // No list once the keyboard has left or the owner is set: the completion's popup would
            // otherwise come back after a choice and take the next field's Enter.
            if (!text.isFocused() || request.getUserText().strip().equals(shown)) {
                return java.util.List.of();
            }
            String typed = request.getUserText().strip().toLowerCase(i18n.locale());
            return model.participants().stream().map(Participant::name)
                    .filter(n -> typed.isEmpty() || n.toLowerCase(i18n.locale()).contains(typed)).limit(12)
                    .collect(Collectors.toList());
        });
        completion.setOnAutoCompleted(e -> commit());
        text.setOnAction(e -> commit());
        text.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                completion.getAutoCompletionPopup().hide();
            }
            if (!now && !offer.isVisible()) {
                commit();
            }
        });
        Button add = new Button();
        add.setId("addOwnerAsParticipant");
        add.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> i18n.t("actions.addParticipant", text.getText().strip()), text.textProperty()));
        add.setOnAction(e -> {
            if (model.addOwnerAsParticipant(actionId, text.getText().strip())) {
                hideOffer();
                afterSet.accept(actionId);
            }
        });
        Button cancel = new Button(i18n.t("actions.keepOwner"));
        cancel.setId("keepOwner");
        cancel.setOnAction(e -> {
            hideOffer();
            text.setText(shown);
            text.requestFocus();
        });
        offerText.setWrapText(true);
        offerText.getStyleClass().add("warning");
        HBox.setHgrow(offerText, Priority.ALWAYS);
        offer.getChildren().addAll(offerText, add, cancel);
        offer.setAlignment(Pos.CENTER_LEFT);
        offer.getStyleClass().add("owner-offer");
        hideOffer();
        getChildren().addAll(text, offer);
        setSpacing(4);
    }

    TextField editor() {
        return text;
    }

    void onSet(Consumer<String> then) {
        this.afterSet = then;
    }

    /** Shows the action's owner (null: no action selected). */
    void show(String id, String ownerName) {
        if (!java.util.Objects.equals(id, actionId)) {
            hideOffer();
        }
        actionId = id;
        shown = ownerName;
        if (!text.isFocused() && !offer.isVisible()) {
            text.setText(ownerName);
        }
    }

    boolean offering() {
        return offer.isVisible();
    }

    private void commit() {
        if (actionId == null || text.getText().strip().equals(shown)) {
            return;
        }
        switch (model.setOwner(actionId, text.getText())) {
            case NOT_A_PARTICIPANT -> {
                offerText.setText(i18n.t("actions.notAParticipant", text.getText().strip()));
                offer.setVisible(true);
                offer.setManaged(true);
            }
            case SET, CLEARED -> afterSet.accept(actionId);
            default -> { }
        }
    }

    private void hideOffer() {
        offer.setVisible(false);
        offer.setManaged(false);
    }
}
