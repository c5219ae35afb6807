package org.zielbild.ui.shell.projector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.zielbild.domain.Language;
import org.zielbild.domain.agenda.RenameStage;
import org.zielbild.domain.agenda.Stage;
import org.zielbild.session.SessionService;
import org.zielbild.testing.DaySessions;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.Notifier;
import org.zielbild.ui.common.SessionModel;
import org.zielbild.ui.shell.run.TimerDisplay;

class ProjectorViewModelTest {

    /** A pulse the test fires by hand. */
    static final class ManualPulse implements Pulse {
        final List<Runnable> queued = new ArrayList<>();

        @Override
        public void next(Runnable work) {
            queued.add(work);
        }

        void fire() {
            List<Runnable> work = new ArrayList<>(queued);
            queued.clear();
            work.forEach(Runnable::run);
        }
    }

    private final SessionService service = SessionService.inMemory(DaySessions.templateDay(Language.EN));
    private final SessionModel model = new SessionModel(service, Notifier.SILENT);
    private final SimpleObjectProperty<String> stage = new SimpleObjectProperty<>("s3");
    private final SimpleObjectProperty<TimerDisplay> timer = new SimpleObjectProperty<>();
    private final SimpleBooleanProperty black = new SimpleBooleanProperty();
    private final SimpleBooleanProperty frozen = new SimpleBooleanProperty();
    private final ManualPulse pulse = new ManualPulse();
    private final ProjectorViewModel vm = new ProjectorViewModel(model.sessionProperty(), stage, timer, black, frozen,
            new I18n(Language.EN), pulse);

    @Test
    void showsTheStageTitlePositionAndPromptsButNeverTheFacilitatorNotes() {
        ProjectorFrame f = vm.frameProperty().get();
        Stage customer = service.session().agenda().require("s3");
        assertThat(f.title()).isEqualTo("Customer perspective");
        assertThat(f.position()).isEqualTo("3 / 7");
        assertThat(f.prompts()).hasSize(5).contains("How do our customers see us?");
        assertThat(f.toString()).doesNotContain(customer.instructions());
    }

    @Test
    void aBurstOfChangesGivesOneNewFrameOnTheNextPulse() {
        long before = vm.frames();
        for (int i = 0; i < 500; i++) {
            service.apply(new RenameStage("s3", "Customers " + i));
        }
        assertThat(vm.frameProperty().get().title()).as("nothing until the pulse").isEqualTo("Customer perspective");
        assertThat(pulse.queued).hasSize(1);
        pulse.fire();
        assertThat(vm.frames()).isEqualTo(before + 1);
        assertThat(vm.frameProperty().get().title()).isEqualTo("Customers 499");
    }

    @Test
    void followsTheStageOnScreen() {
        stage.set("s4");
        pulse.fire();
        assertThat(vm.frameProperty().get().title()).isEqualTo("Shared target picture");
        assertThat(vm.frameProperty().get().prompts()).isEmpty();
    }

    @Test
    void blackAndFreezeAreInTheFrame() {
        black.set(true);
        frozen.set(true);
        pulse.fire();
        assertThat(vm.frameProperty().get().black()).isTrue();
        assertThat(vm.frameProperty().get().frozen()).isTrue();
    }

    @Test
    void theTimerCaptionSaysWhatTheRoomNeedsToKnow() {
        timer.set(new TimerDisplay(TimerDisplay.Kind.STAGE, "k", "x", TimerDisplay.Phase.LAST_MINUTE, 42, 900, false));
        pulse.fire();
        assertThat(vm.frameProperty().get().timerCaption()).isEqualTo("Last minute");
        timer.set(new TimerDisplay(TimerDisplay.Kind.STAGE, "k", "x", TimerDisplay.Phase.TIME_UP, -3, 900, false));
        pulse.fire();
        assertThat(vm.frameProperty().get().timerCaption()).isEqualTo("Time is up");
        timer.set(new TimerDisplay(TimerDisplay.Kind.FREE, "f", "Silent writing", TimerDisplay.Phase.RUNNING, 300, 420,
                false));
        pulse.fire();
        assertThat(vm.frameProperty().get().timerCaption()).isEqualTo("Silent writing");
        timer.set(new TimerDisplay(TimerDisplay.Kind.FREE, "f", "Silent writing", TimerDisplay.Phase.RUNNING, 300, 420,
                true));
        pulse.fire();
        assertThat(vm.frameProperty().get().timerCaption()).isEqualTo("Paused");
    }

    @Test
    void afterDisposeItNoLongerListens() {
        vm.dispose();
        stage.set("s1");
        assertThat(pulse.queued).isEmpty();
    }
}
