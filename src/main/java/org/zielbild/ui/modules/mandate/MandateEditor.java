package org.zielbild.ui.modules.mandate;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.zielbild.domain.mandate.Mandate;
import org.zielbild.domain.roster.Team;
import org.zielbild.ui.common.I18n;

/**
 * One team's mandate, top to bottom as the team thinks it through: the mandate, its value, the
 * statements it serves, the guidelines with their behaviours; the readiness checklist beside it. Texts
 * are written when the field is left or with Ctrl+Enter; an empty mandate is kept (readiness flags it).
 * A removed team's mandate offers to move it, with its actions, to another team.
 */
final class MandateEditor {

    private final MandateViewModel vm;
    private final I18n i18n;
    private final TextArea text = new TextArea();
    private final TextArea value = new TextArea();
    private final StatementsList statements;
    private final GuidelinesPane guidelines;
    private final ReadinessPane readiness;
    private final HBox moveBar = new HBox(8);
    private final ChoiceBox<Team> moveTo = new ChoiceBox<>();
    private final HBox root;
    private String teamId;

    MandateEditor(MandateViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        this.statements = new StatementsList(vm, i18n);
        this.guidelines = new GuidelinesPane(vm, i18n);
        this.readiness = new ReadinessPane(i18n);
        text.setId("mandateText");
        text.setPromptText(i18n.t("mandate.textPrompt"));
        text.setWrapText(true);
        text.setPrefRowCount(3);
        value.setId("mandateValue");
        value.setPromptText(i18n.t("mandate.valuePrompt"));
        value.setWrapText(true);
        value.setPrefRowCount(2);
        for (TextArea area : new TextArea[] {text, value}) {
            area.focusedProperty().addListener((obs, was, now) -> {
                if (!now) {
                    write(area);
                }
            });
            area.setOnKeyPressed(e -> {
                if (MandateKeys.SAVE_TEXT.matches(e)) {
                    write(area);
                    e.consume();
                }
            });
        }
        // Tab goes on to the next field as in any form (a tab character means nothing in a mandate).
        tabTo(text, value, null);
        tabTo(value, statements.list(), text);
        Button move = new Button(i18n.t("mandate.moveTo"));
        move.setId("moveMandate");
        move.setOnAction(e -> {
            if (moveTo.getValue() != null) {
                vm.moveTo(teamId, moveTo.getValue().id());
            }
        });
        moveTo.setId("moveMandateTo");
        moveTo.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Team t) {
                return t == null ? "" : t.name();
            }

            @Override
            public Team fromString(String s) {
                return null;
            }
        });
        Label moveText = new Label(i18n.t("mandate.removedTeamHint"));
        moveText.setWrapText(true);
        HBox.setHgrow(moveText, Priority.ALWAYS);
        moveBar.getChildren().addAll(moveText, moveTo, move);
        moveBar.getStyleClass().add("mandate-move");
        VBox form = new VBox(6,
                section("mandate.text"), text,
                section("mandate.value"), value,
                section("mandate.statements"), statements.root(),
                section("mandate.guidelines"), guidelines.root());
        form.setPadding(new Insets(8));
        VBox column = new VBox(8, moveBar, form);
        ScrollPane scroll = new ScrollPane(column);
        scroll.setFitToWidth(true);
        HBox.setHgrow(scroll, Priority.ALWAYS);
        VBox side = new VBox(readiness.root());
        side.setPadding(new Insets(8));
        root = new HBox(scroll, side);
    }

    private static void tabTo(TextArea area, javafx.scene.Node next, javafx.scene.Node previous) {
        area.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != javafx.scene.input.KeyCode.TAB || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
                return;
            }
            javafx.scene.Node to = e.isShiftDown() ? previous : next;
            if (to != null) {
                to.requestFocus();
                e.consume();
            }
        });
    }

    /** A list's placeholder that wraps inside the list instead of being cut. */
    static Label wrapping(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setPadding(new Insets(8));
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private Label section(String key) {
        Label l = new Label(i18n.t(key));
        l.getStyleClass().add("title-4");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    HBox root() {
        return root;
    }

    TextArea text() {
        return text;
    }

    StatementsList statements() {
        return statements;
    }

    GuidelinesPane guidelines() {
        return guidelines;
    }

    /** Shows the team's mandate as the session has it now (what is being typed stays). */
    void show(TeamRow row) {
        root.setDisable(row == null);
        if (row == null) {
            teamId = null;
            return;
        }
        boolean other = !row.id().equals(teamId);
        if (other) {
            writeAll(); // the field being left belongs to the team shown before
        }
        teamId = row.id();
        Mandate m = row.team().mandate();
        if (other || !text.isFocused()) {
            text.setText(m.text());
        }
        if (other || !value.isFocused()) {
            value.setText(m.value());
        }
        statements.show(teamId);
        guidelines.show(teamId, m);
        readiness.show(row.readiness());
        boolean removed = row.team().removed();
        moveBar.setVisible(removed);
        moveBar.setManaged(removed);
        if (removed) {
            moveTo.getItems().setAll(vm.session().roster().teams());
            if (!moveTo.getItems().isEmpty() && moveTo.getValue() == null) {
                moveTo.setValue(moveTo.getItems().get(0));
            }
        }
    }

    private void writeAll() {
        if (teamId != null && vm.session().roster().team(teamId).isPresent() || teamId != null
                && vm.session().mandates().mandate(teamId).isPresent()) {
            write(text);
            write(value);
        }
    }

    private void write(TextArea area) {
        if (teamId == null) {
            return;
        }
        if (area == text) {
            vm.setText(teamId, text.getText());
        } else {
            vm.setValue(teamId, value.getText());
        }
    }
}
