package org.zielbild.ui.modules.mandate;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckListView;
import org.zielbild.ui.common.I18n;

/**
 * The statements a mandate serves, as a ControlsFX check list: those that carried first (marked so),
 * the others after "show all statements"; a removed statement still linked reads "removed statement: …"
 * and can be unchecked. Space checks the selected line.
 */
final class StatementsList {

    private final MandateViewModel vm;
    private final I18n i18n;
    private final CheckListView<StatementOption> list = new CheckListView<>();
    private final CheckBox all = new CheckBox();
    private final VBox root;
    private String teamId;
    private boolean loading;

    StatementsList(MandateViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        list.setId("statementLinks");
        list.setPrefHeight(170);
        list.setPlaceholder(MandateEditor.wrapping(i18n.t("mandate.noCarried")));
        javafx.util.StringConverter<StatementOption> labels = new javafx.util.StringConverter<>() {
            @Override
            public String toString(StatementOption o) {
                return o == null ? "" : label(o);
            }

            @Override
            public StatementOption fromString(String s) {
                return null;
            }
        };
        list.setCellFactory(v -> new javafx.scene.control.cell.CheckBoxListCell<>(list::getItemBooleanProperty, labels) {
            @Override
            public void updateItem(StatementOption item, boolean empty) {
                super.updateItem(item, empty);
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        list.getCheckModel().getCheckedItems().addListener((ListChangeListener<StatementOption>) c -> {
            if (loading || teamId == null) {
                return;
            }
            while (c.next()) {
                c.getAddedSubList().forEach(o -> vm.setLinked(teamId, o.statementId(), true));
                c.getRemoved().forEach(o -> vm.setLinked(teamId, o.statementId(), false));
            }
        });
        all.setId("allStatements");
        all.setText(i18n.t("mandate.allStatements"));
        all.selectedProperty().bindBidirectional(vm.allStatementsProperty());
        all.selectedProperty().addListener((obs, o, n) -> show(teamId));
        root = new VBox(4, list, all);
    }

    VBox root() {
        return root;
    }

    CheckListView<StatementOption> list() {
        return list;
    }

    private String label(StatementOption o) {
        if (o.removed()) {
            return i18n.t("mandate.removedStatement", o.text());
        }
        return o.carried() ? o.text() : i18n.t("mandate.notCarried", o.text());
    }

    void show(String team) {
        teamId = team;
        if (team == null) {
            return;
        }
        List<StatementOption> options = vm.statementOptions(team);
        loading = true;
        try {
            int focus = list.getSelectionModel().getSelectedIndex();
            list.getItems().setAll(options);
            list.getCheckModel().clearChecks();
            for (StatementOption o : options) {
                if (o.linked()) {
                    list.getCheckModel().check(o);
                }
            }
            if (focus >= 0 && focus < options.size()) {
                list.getSelectionModel().select(focus);
            }
        } finally {
            loading = false;
        }
    }
}
