package org.zielbild.ui.shell.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zielbild.domain.Language;
import org.zielbild.domain.agenda.Stage;
import org.zielbild.session.SessionService;
import org.zielbild.testing.Sessions;
import org.zielbild.ui.common.Notifier;
import org.zielbild.ui.common.SessionModel;

class AgendaEditorViewModelTest {

    private final SessionService service = SessionService.inMemory(Sessions.templateDay(Language.EN));
    private final SessionModel model = new SessionModel(service, Notifier.SILENT);
    private final AgendaEditorViewModel vm = new AgendaEditorViewModel(model, Sessions.counterIds("new-"));

    @Test
    void aNewStageGoesAfterTheSelectedOneAndBecomesSelected() {
        vm.selectedProperty().set(vm.stages().get(1));
        assertThat(vm.add("welcome", "Coffee break")).isTrue();
        assertThat(vm.stages().get(2).title()).isEqualTo("Coffee break");
        assertThat(vm.selectedProperty().get().title()).isEqualTo("Coffee break");
        assertThat(vm.stages()).hasSize(8);
    }

    @Test
    void editsFollowTheSelectionAndKeepItAcrossChanges() {
        Stage second = vm.stages().get(1);
        vm.selectedProperty().set(second);
        assertThat(vm.setTimeBox(45)).isTrue();
        assertThat(vm.rename("Reflexion")).isTrue();
        assertThat(vm.moveSelected(-1)).isTrue();
        assertThat(vm.stages().get(0).title()).isEqualTo("Reflexion");
        assertThat(vm.selectedProperty().get().id()).isEqualTo(second.id());
        assertThat(vm.selectedProperty().get().timeBoxMinutes()).isEqualTo(45);
        assertThat(vm.moveSelected(-1)).as("already first").isFalse();
    }

    @Test
    void anInvalidEditShowsWhyAndChangesNothing() {
        vm.selectedProperty().set(vm.stages().get(0));
        assertThat(vm.rename("   ")).isFalse();
        assertThat(vm.problemProperty().get().key()).isEqualTo("error.stage.titleEmpty");
        assertThat(vm.stages().get(0).title()).isEqualTo("Welcome");
    }

    @Test
    void unchangedValuesMakeNoUndoStep() {
        vm.selectedProperty().set(vm.stages().get(0));
        assertThat(vm.rename("Welcome")).isFalse();
        assertThat(vm.setInstructions(vm.stages().get(0).instructions())).isFalse();
        assertThat(model.canUndoProperty().get()).isFalse();
    }

    @Test
    void removingTheSelectedStageSelectsTheOneThatTookItsPlace() {
        Stage fifth = vm.stages().get(4);
        vm.selectedProperty().set(vm.stages().get(3));
        assertThat(vm.removeSelected()).isTrue();
        assertThat(vm.selectedProperty().get()).isEqualTo(fifth);
        assertThat(vm.stages()).hasSize(6);
        model.undo();
        assertThat(vm.stages()).hasSize(7);
    }

    @Test
    void deletingOverAndOverEmptiesTheAgendaFromTheSelectionDown() {
        vm.selectedProperty().set(vm.stages().get(5));
        assertThat(vm.removeSelected()).isTrue();
        assertThat(vm.selectedProperty().get().title()).as("the last stage moved up").isEqualTo("Closing");
        assertThat(vm.removeSelected()).isTrue();
        assertThat(vm.selectedProperty().get().title()).as("then the one before").isEqualTo("Team mandates");
        while (vm.removeSelected()) {
            // Del, Del, Del...
        }
        assertThat(vm.stages()).isEmpty();
        assertThat(vm.selectedProperty().get()).isNull();
        assertThat(vm.removeSelected()).isFalse();
    }
}
