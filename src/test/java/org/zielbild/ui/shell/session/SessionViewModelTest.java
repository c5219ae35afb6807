package org.zielbild.ui.shell.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zielbild.domain.Language;
import org.zielbild.domain.agenda.RemoveStage;
import org.zielbild.session.SessionService;
import org.zielbild.testing.Sessions;
import org.zielbild.ui.common.Notifier;
import org.zielbild.ui.common.SessionModel;

class SessionViewModelTest {

    private final SessionService service = SessionService.inMemory(Sessions.templateDay(Language.EN));
    private final SessionModel model = new SessionModel(service, Notifier.SILENT);
    private final SessionViewModel vm = new SessionViewModel(model);

    @Test
    void startsAtTheFirstStageAndWalksTheDayWithinItsBounds() {
        assertThat(vm.currentIndexProperty().get()).isZero();
        vm.previous();
        assertThat(vm.currentIndexProperty().get()).isZero();
        for (int i = 0; i < 10; i++) {
            vm.next();
        }
        assertThat(vm.currentIndexProperty().get()).isEqualTo(6);
        assertThat(vm.canGoNext()).isFalse();
        assertThat(vm.currentStage().orElseThrow().moduleId()).isEqualTo("closing");
    }

    @Test
    void aListenerOnTheStagesKeepsHearingAfterAGarbageCollection() {
        // The sidebar adds its "planned" total like this and keeps no other reference to the list.
        int[] changes = {0};
        vm.stages().addListener((javafx.collections.ListChangeListener<org.zielbild.domain.agenda.Stage>) c -> changes[0]++);
        collectGarbage();
        model.apply(new RemoveStage(vm.stages().get(0).id()));
        assertThat(changes[0]).as("the listener still hears the agenda").isEqualTo(1);
        assertThat(vm.stages()).isSameAs(vm.stages());
    }

    /** Runs the collector until an object that nothing refers to is gone. */
    private static void collectGarbage() {
        java.lang.ref.WeakReference<Object> sentinel = new java.lang.ref.WeakReference<>(new Object());
        for (int i = 0; i < 50 && sentinel.get() != null; i++) {
            System.gc();
            Thread.onSpinWait();
        }
        assertThat(sentinel.get()).as("a garbage collection ran").isNull();
    }

    @Test
    void whenTheCurrentStageIsRemovedTheNeighbourTakesItsPlace() {
        vm.next();
        vm.next();
        String third = vm.currentStageIdProperty().get();
        String fourth = vm.stages().get(3).id();
        model.apply(new RemoveStage(third));
        assertThat(vm.currentStageIdProperty().get()).isEqualTo(fourth);
        assertThat(vm.currentIndexProperty().get()).isEqualTo(2);
    }

    @Test
    void removingTheLastStageMovesBackAndAnEmptyAgendaHasNoCurrentStage() {
        while (vm.canGoNext()) {
            vm.next();
        }
        model.apply(new RemoveStage(vm.currentStageIdProperty().get()));
        assertThat(vm.currentIndexProperty().get()).isEqualTo(5);
        for (var stage : java.util.List.copyOf(vm.stages())) {
            model.apply(new RemoveStage(stage.id()));
        }
        assertThat(vm.currentStageIdProperty().get()).isNull();
        assertThat(vm.currentStage()).isEmpty();
    }

    @Test
    void reorderingKeepsTheCurrentStage() {
        vm.next();
        String current = vm.currentStageIdProperty().get();
        model.apply(new org.zielbild.domain.agenda.MoveStage(current, 5));
        assertThat(vm.currentStageIdProperty().get()).isEqualTo(current);
        assertThat(vm.currentIndexProperty().get()).isEqualTo(5);
    }
}
