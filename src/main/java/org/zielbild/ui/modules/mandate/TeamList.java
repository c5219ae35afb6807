package org.zielbild.ui.modules.mandate;

import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.TeamColors;

/** The teams with their readiness ("Sales · 3 of 4"); removed teams that still hold a mandate come last. */
final class TeamList {

    private final ListView<TeamRow> list;

    TeamList(MandateViewModel vm, I18n i18n) {
        list = new ListView<>(vm.teams());
        list.setId("mandateTeams");
        list.setPrefWidth(190);
        list.setMinWidth(150);
        list.setPlaceholder(MandateEditor.wrapping(i18n.t("mandate.noTeams")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(TeamRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                String name = row.team().removed() ? i18n.t("mandate.removedTeam", row.team().name()) : row.team().name();
                setText(i18n.t("mandate.teamLine", name, row.readiness().met(), row.readiness().total()));
                setWrapText(true);
                setPrefWidth(0);
                setMinHeight(Region.USE_PREF_SIZE);
                Circle dot = new Circle(6);
                dot.setFill(row.team().color() == null ? javafx.scene.paint.Color.GRAY : TeamColors.fx(row.team().color()));
                setGraphic(dot);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> {
            if (n != null && !n.id().equals(vm.selectedProperty().get())) {
                vm.selectedProperty().set(n.id());
            }
        });
        vm.selectedProperty().addListener((obs, o, n) -> select(vm, n));
        vm.teams().addListener((javafx.collections.ListChangeListener<TeamRow>) c -> select(vm, vm.selectedProperty().get()));
        select(vm, vm.selectedProperty().get());
    }

    private void select(MandateViewModel vm, String id) {
        for (int i = 0; i < vm.teams().size(); i++) {
            if (vm.teams().get(i).id().equals(id) && list.getSelectionModel().getSelectedIndex() != i) {
                list.getSelectionModel().select(i);
                list.scrollTo(i);
            }
        }
    }

    ListView<TeamRow> root() {
        return list;
    }
}
