package org.zielbild.ui.kit.actions;

import java.util.List;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.zielbild.domain.mandate.Action;
import org.zielbild.domain.mandate.ActionStatus;
import org.zielbild.domain.roster.Team;
import org.zielbild.ui.common.DateField;
import org.zielbild.ui.common.FormGrid;
import org.zielbild.ui.common.I18n;

/**
 * The selected action's details, keyboard first: what, owner, due date, first step, status, link (and
 * team, where the list shows several). Each field is written when Enter is pressed or the field is
 * left; a refusal shows in the list's message line and what was typed stays.
 */
final class ActionEditor {

    private final ActionListModel model;
    private final I18n i18n;
    private final GridPane grid = new GridPane();
    private final TextField what = new TextField();
    private final OwnerField owner;
    private final DateField due;
    private final TextField firstStep = new TextField();
    private final ChoiceBox<ActionStatus> status = new ChoiceBox<>(FXCollections.observableArrayList(ActionStatus.values()));
    private final ComboBox<LinkChoices.Choice> link = new ComboBox<>();
    private final ChoiceBox<TeamChoice> team = new ChoiceBox<>();
    private final Button remove = new Button();
    private ActionRow row;
    private boolean loading;

    /** A team to move an action to; {@code team} null for the whole session. */
    record TeamChoice(Team team, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    ActionEditor(ActionListModel model, I18n i18n, boolean withTeam) {
        this.model = model;
        this.i18n = i18n;
        this.owner = new OwnerField(model, i18n);
        this.due = new DateField(i18n);
        what.setId("actionWhat");
        due.setId("actionDue");
        due.editor().setId("actionDueText");
        firstStep.setId("actionFirstStep");
        status.setId("actionStatus");
        link.setId("actionLink");
        team.setId("actionTeam");
        link.setMaxWidth(Double.MAX_VALUE);
        grid.setHgap(10);
        grid.setVgap(8);
        status.setConverter(converter(s -> i18n.t(s.nameKey())));
        what.setOnAction(e -> writeWhat());
        what.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                writeWhat();
            }
        });
        firstStep.setOnAction(e -> writeStep());
        firstStep.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                writeStep();
            }
        });
        due.valueProperty().addListener((obs, o, n) -> {
            if (!loading && row != null && !Objects.equals(n, row.action().due())) {
                model.setDue(row.id(), n);
            }
        });
        status.valueProperty().addListener((obs, o, n) -> {
            if (!loading && row != null && n != null && n != row.action().status()) {
                model.setStatus(row.id(), n);
            }
        });
        link.valueProperty().addListener((obs, o, n) -> {
            if (!loading && row != null && n != null && !LinkChoices.sameLink(n.link(), row.action().link())) {
                model.setLink(row.id(), n.link());
            }
        });
        team.valueProperty().addListener((obs, o, n) -> {
            String id = n == null || n.team() == null ? null : n.team().id();
            if (!loading && row != null && n != null && !Objects.equals(id, row.action().teamId())) {
                model.setTeam(row.id(), id);
            }
        });
        remove.setGraphic(new FontIcon(MaterialDesignD.DELETE_OUTLINE));
        remove.setText(i18n.t("actions.remove"));
        remove.setId("removeAction");
        remove.setOnAction(e -> {
            if (row != null) {
                model.remove(row.id());
            }
        });
        // Two pairs a row, so the table above keeps its room on a 1280 × 800 laptop.
        grid.getColumnConstraints().add(new javafx.scene.layout.ColumnConstraints());
        grid.getColumnConstraints().add(grow());
        grid.getColumnConstraints().add(new javafx.scene.layout.ColumnConstraints());
        grid.getColumnConstraints().add(grow());
        pair(0, 0, "actions.what", what, 3);
        pair(1, 0, "actions.owner", owner, 1);
        pair(1, 2, "actions.due", due, 1);
        pair(2, 0, "actions.firstStep", firstStep, 1);
        pair(2, 2, "actions.status", status, 1);
        pair(3, 0, "actions.linkLabel", link, 3);
        if (withTeam) {
            pair(4, 0, "actions.team", team, 1);
        }
        javafx.scene.layout.GridPane.setHalignment(remove, javafx.geometry.HPos.RIGHT);
        grid.setId("actionEditor");
        layOut(false);
        show(null);
    }

    /** A label and its field, and where they sit when the editor is wide (two pairs a row). */
    private record Pair(javafx.scene.control.Label label, javafx.scene.Node field, int row, int column, int span) {
    }

    private final List<Pair> pairs = new java.util.ArrayList<>();

    private void pair(int row, int column, String key, javafx.scene.Node field, int span) {
        javafx.scene.control.Label label = FormGrid.label(i18n.t(key), field);
        javafx.scene.layout.GridPane.setValignment(label, javafx.geometry.VPos.TOP);
        label.setPadding(new javafx.geometry.Insets(6, 0, 0, 0));
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        pairs.add(new Pair(label, field, row, column, span));
    }

    /** Two pairs a row, or one a row where the list is narrow (beside the closing's boards). */
    void layOut(boolean narrow) {
        grid.getChildren().clear();
        int row = 0;
        for (Pair p : pairs) {
            int r = narrow ? row++ : p.row();
            grid.add(p.label(), narrow ? 0 : p.column(), r);
            grid.add(p.field(), narrow ? 1 : p.column() + 1, r, narrow ? 3 : p.span(), 1);
            row = Math.max(row, r + 1);
        }
        // One pair a row: the second pair's columns give their room to the fields.
        grid.getColumnConstraints().get(3).setMinWidth(narrow ? 0 : 120);
        grid.add(remove, narrow ? 1 : 3, row);
    }

    private static javafx.scene.layout.ColumnConstraints grow() {
        javafx.scene.layout.ColumnConstraints c = new javafx.scene.layout.ColumnConstraints();
        c.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        c.setMinWidth(120);
        return c;
    }

    GridPane root() {
        return grid;
    }

    OwnerField owner() {
        return owner;
    }

    DateField due() {
        return due;
    }

    TextField what() {
        return what;
    }

    /** Shows an action (null: none selected, the form is disabled). */
    void show(ActionRow r) {
        loading = true;
        try {
            row = r;
            grid.setDisable(r == null);
            if (r == null) {
                what.clear();
                owner.show(null, "");
                firstStep.clear();
                return;
            }
            Action a = r.action();
            if (!what.isFocused()) {
                what.setText(a.what());
            }
            owner.show(a.id(), r.ownerName());
            if (!due.editor().isFocused() && due.messageProperty().get() == null) {
                due.setValue(a.due());
            }
            if (!firstStep.isFocused()) {
                firstStep.setText(a.firstStep());
            }
            status.setValue(a.status());
            List<LinkChoices.Choice> choices = LinkChoices.of(model.session(), i18n, a.link());
            link.getItems().setAll(choices);
            link.setValue(LinkChoices.find(choices, a.link()));
            TeamChoice none = new TeamChoice(null, i18n.t("actions.wholeSession"));
            team.getItems().setAll(none);
            model.session().roster().teams().forEach(t -> team.getItems().add(new TeamChoice(t, t.name())));
            team.setValue(team.getItems().stream().filter(c -> c.team() != null && c.team().id().equals(a.teamId()))
                    .findFirst().orElse(none));
        } finally {
            loading = false;
        }
    }

    private void writeWhat() {
        if (row != null && !what.getText().strip().equals(row.action().what())) {
            model.setWhat(row.id(), what.getText());
        }
    }

    private void writeStep() {
        if (row != null && !firstStep.getText().strip().equals(row.action().firstStep())) {
            model.setFirstStep(row.id(), firstStep.getText());
        }
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
