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
    private final GridPane grid = FormGrid.create();
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
        int r = 0;
        FormGrid.row(grid, r++, i18n.t("actions.what"), what);
        FormGrid.row(grid, r++, i18n.t("actions.owner"), owner);
        FormGrid.row(grid, r++, i18n.t("actions.due"), due);
        FormGrid.row(grid, r++, i18n.t("actions.firstStep"), firstStep);
        FormGrid.row(grid, r++, i18n.t("actions.status"), status);
        FormGrid.row(grid, r++, i18n.t("actions.linkLabel"), link);
        if (withTeam) {
            FormGrid.row(grid, r++, i18n.t("actions.team"), team);
        }
        grid.add(remove, 1, r);
        grid.setId("actionEditor");
        show(null);
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
