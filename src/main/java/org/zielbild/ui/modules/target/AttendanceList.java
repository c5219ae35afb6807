package org.zielbild.ui.modules.target;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TitledPane;
import org.controlsfx.control.CheckListView;
import org.zielbild.domain.Change;
import org.zielbild.domain.roster.Participant;
import org.zielbild.domain.roster.SetParticipantPresent;
import org.zielbild.ui.common.I18n;

/**
 * Who is here today, checked off at the start of a round (the same attendance as in the
 * participants editor): each tick is a change, so Ctrl+Z undoes it. Folded away until needed.
 */
final class AttendanceList {

    private final TargetViewModel vm;
    private final CheckListView<Participant> list = new CheckListView<>();
    private final TitledPane root;
    private boolean updating;

    AttendanceList(TargetViewModel vm, I18n i18n) {
        this.vm = vm;
        list.setId("attendanceList");
        list.setPrefHeight(160);
        list.setCellFactory(l -> Cells.wrappingCheck(list::getItemBooleanProperty,
                Cells.text(p -> p == null ? "" : p.name())));
        list.getCheckModel().getCheckedItems().addListener((ListChangeListener<Participant>) c -> {
            if (!updating) {
                apply();
            }
        });
        root = new TitledPane(i18n.t("target.setup.whoIsHere"), list);
        root.setId("attendance");
        root.setExpanded(false);
    }

    TitledPane root() {
        return root;
    }

    void show() {
        updating = true;
        try {
            List<Participant> people = vm.model().session().roster().participants();
            list.getItems().setAll(people);
            list.getCheckModel().clearChecks();
            people.stream().filter(Participant::present).forEach(p -> list.getCheckModel().check(p));
            root.setVisible(!people.isEmpty());
            root.setManaged(!people.isEmpty());
        } finally {
            updating = false;
        }
    }

    /** The ticks as changes; worked out first, since each change refreshes the list. */
    private void apply() {
        List<Change> changes = list.getItems().stream()
                .filter(p -> list.getCheckModel().isChecked(p) != p.present())
                .<Change>map(p -> new SetParticipantPresent(p.id(), !p.present())).toList();
        changes.forEach(vm::apply);
    }
}
