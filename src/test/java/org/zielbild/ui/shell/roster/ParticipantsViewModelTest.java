package org.zielbild.ui.shell.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zielbild.csv.ImportProblem;
import org.zielbild.domain.roster.Team;
import org.zielbild.domain.roster.TeamColor;
import org.zielbild.session.SessionService;
import org.zielbild.testing.Sessions;
import org.zielbild.ui.common.Notifier;
import org.zielbild.ui.common.SessionModel;

class ParticipantsViewModelTest {

    private final SessionService service = SessionService.inMemory(Sessions.empty());
    private final SessionModel model = new SessionModel(service, Notifier.SILENT);
    private final ParticipantsViewModel vm = new ParticipantsViewModel(model, Sessions.counterIds("new-"));

    @Test
    void addingClearsTheFieldOnlyWhenTheNameWasAccepted() {
        vm.newNameProperty().set("Anna");
        assertThat(vm.addParticipant()).isTrue();
        assertThat(vm.newNameProperty().get()).isEmpty();
        vm.newNameProperty().set("ANNA");
        assertThat(vm.addParticipant()).isFalse();
        assertThat(vm.newNameProperty().get()).isEqualTo("ANNA");
        assertThat(vm.problemProperty().get().key()).isEqualTo("error.participant.duplicate");
        assertThat(vm.participants()).hasSize(1);
    }

    @Test
    void newParticipantsJoinThePresetTeam() {
        vm.newTeamNameProperty().set("Sales");
        vm.addTeam();
        Team sales = vm.teams().get(0);
        assertThat(sales.color()).isEqualTo(TeamColor.forIndex(0));
        vm.newTeamProperty().set(sales);
        vm.newNameProperty().set("Ben");
        vm.addParticipant();
        assertThat(vm.participants().get(0).teamId()).isEqualTo(sales.id());
    }

    @Test
    void removingSeveralIsOneUndoStep() {
        for (String n : List.of("A", "B", "C")) {
            vm.newNameProperty().set(n);
            vm.addParticipant();
        }
        vm.removeParticipants(List.copyOf(vm.participants().subList(0, 2)));
        assertThat(vm.participants()).hasSize(1);
        model.undo();
        assertThat(vm.participants()).extracting(p -> p.name()).containsExactly("A", "B", "C");
    }

    @Test
    void anImportIsOneUndoStepAndKeepsTheSkippedLinesOnShow() {
        ImportPlan plan = vm.previewNames("Anna\nBen\n\nAnna\n");
        assertThat(vm.applyImport(plan)).isTrue();
        assertThat(vm.participants()).hasSize(2);
        assertThat(vm.importProblems()).extracting(ImportProblem::line).containsExactly(3, 4);
        model.undo();
        assertThat(vm.participants()).isEmpty();
    }

    @Test
    void renamingATeamToAnExistingNameIsRefusedWithAMessage() {
        vm.newTeamNameProperty().set("Sales");
        vm.addTeam();
        vm.newTeamNameProperty().set("IT");
        vm.addTeam();
        assertThat(vm.renameTeam(vm.teams().get(1).id(), "sales")).isFalse();
        assertThat(vm.problemProperty().get().key()).isEqualTo("error.team.duplicate");
    }
}
