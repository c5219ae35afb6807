package org.zielbild.ui.shell.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.app.BuiltInModules;
import org.zielbild.config.AppDirs;
import org.zielbild.config.Settings;
import org.zielbild.config.SettingsStore;
import org.zielbild.domain.Language;
import org.zielbild.domain.TargetPictureDay;
import org.zielbild.domain.day.StageRun;
import org.zielbild.session.InMemorySessionLibrary;
import org.zielbild.testing.DaySessions;
import org.zielbild.testing.ShellTestSupport;
import org.zielbild.ui.shell.AppContext;
import org.zielbild.ui.shell.Shell;
import org.zielbild.ui.spi.ModuleRegistry;
import org.zielbild.ui.spi.ModuleView;
import org.zielbild.ui.spi.SimpleModule;
import org.zielbild.ui.spi.StageExit;
import org.zielbild.ui.spi.WorkshopModule;

/**
 * Every way out of a stage asks its module first, and a module that holds keeps the stage: the End
 * key, Ctrl+PageDown and Ctrl+PageUp, a click in the agenda sidebar, Close session (Ctrl+W), Quit
 * (Ctrl+Q) and the window's close button. The target-picture stage (s4) runs a gate module here.
 */
@ExtendWith(ApplicationExtension.class)
class LeaveStageFxTest {

    @TempDir
    static Path home;

    private final List<StageExit> asked = new ArrayList<>();
    private volatile boolean hold = true;
    private Stage stage;
    private Shell shell;

    /** A module that records every question and holds while {@link #hold} is set. */
    private final WorkshopModule gate = new SimpleModule(TargetPictureDay.TARGET_PICTURE, "module.target-picture",
            MaterialDesignT.TARGET, context -> new ModuleView() {
                private final Label view = new Label("gate");

                @Override
                public javafx.scene.Node facilitatorView() {
                    return view;
                }

                @Override
                public boolean mayLeave(StageExit exit) {
                    asked.add(exit);
                    return !hold;
                }
            });

    @BeforeEach
    void openDayAtTheGate() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            List<WorkshopModule> modules = new ArrayList<>(BuiltInModules.registry().all());
            modules.removeIf(m -> m.id().equals(gate.id())); // the gate stands in for the built-in module of stage 4
            modules.add(gate);
            AppDirs dirs = AppDirs.under(home);
            InMemorySessionLibrary library = new InMemorySessionLibrary(ShellTestSupport.CLOCK);
            AppContext ctx = new AppContext(dirs, new SettingsStore(dirs.settingsFile()), Settings.defaults(Language.EN),
                    s -> library, new ModuleRegistry(modules), ShellTestSupport.CLOCK);
            shell = new Shell(ctx, stage);
            shell.start();
            try {
                shell.showSession(library.create(DaySessions.templateDay(Language.EN), Runnable::run));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            SessionViewModel vm = shell.sessionWindow().viewModel();
            vm.goTo("s4");
            shell.sessionWindow().timers().startOrPause();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(live()).isEqualTo("s4");
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.asyncFx(() -> shell.shutdown());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String current() {
        return shell.sessionWindow().viewModel().currentStageIdProperty().get();
    }

    private String live() {
        return shell.sessionWindow().viewModel().model().session().dayLog().live().map(StageRun::stageId).orElse(null);
    }

    private StageExit.Way lastWay() {
        return asked.get(asked.size() - 1).way();
    }

    private void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void everyWayOutAsksTheGateAndAHoldKeepsTheStageRunning(FxRobot robot) throws Exception {
        robot.clickOn("#stageTitle").type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lastWay()).isEqualTo(StageExit.Way.END);
        ctrl(robot, KeyCode.PAGE_DOWN);
        assertThat(lastWay()).isEqualTo(StageExit.Way.NEXT);
        ctrl(robot, KeyCode.PAGE_UP);
        assertThat(lastWay()).isEqualTo(StageExit.Way.PREVIOUS);
        ListView<?> sidebar = robot.lookup("#agendaList").queryAs(ListView.class);
        robot.interact(() -> sidebar.getSelectionModel().select(6));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lastWay()).isEqualTo(StageExit.Way.JUMP);
        assertThat(sidebar.getSelectionModel().getSelectedIndex()).as("the row goes back to the held stage").isEqualTo(3);
        ctrl(robot, KeyCode.W);
        assertThat(lastWay()).isEqualTo(StageExit.Way.CLOSE);
        ctrl(robot, KeyCode.Q);
        assertThat(asked).hasSize(6);
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(asked).extracting(StageExit::way).containsExactly(StageExit.Way.END, StageExit.Way.NEXT,
                StageExit.Way.PREVIOUS, StageExit.Way.JUMP, StageExit.Way.CLOSE, StageExit.Way.CLOSE, StageExit.Way.CLOSE);
        assertThat(asked).allSatisfy(exit -> {
            assertThat(exit.stageId()).isEqualTo("s4");
            assertThat(exit.live()).isTrue();
        });
        assertThat(asked.get(1).toStageId()).isEqualTo("s5");
        assertThat(asked.get(2).toStageId()).isEqualTo("s3");
        assertThat(asked.get(3).toStageId()).isEqualTo("s7");
        assertThat(current()).isEqualTo("s4");
        assertThat(live()).isEqualTo("s4");
        assertThat(shell.sessionWindow()).as("the session is still open").isNotNull();
        assertThat(stage.isShowing()).isTrue();
    }

    @Test
    void whenTheGateLetsGoTheWaysOutLeave(FxRobot robot) throws Exception {
        hold = false;
        ctrl(robot, KeyCode.PAGE_DOWN);
        assertThat(current()).isEqualTo("s5");
        assertThat(live()).isEqualTo("s5");
        assertThat(asked).singleElement().isEqualTo(new StageExit(StageExit.Way.NEXT, "s4", "s5", true));
        robot.interact(() -> shell.sessionWindow().viewModel().goTo("s4"));
        robot.clickOn("#stageTitle").type(KeyCode.END);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> live() == null);
        assertThat(lastWay()).isEqualTo(StageExit.Way.END);
        ctrl(robot, KeyCode.W);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shell.sessionWindow() == null);
        assertThat(lastWay()).isEqualTo(StageExit.Way.CLOSE);
        assertThat(asked.get(asked.size() - 1).live()).as("ended: only on show").isFalse();
    }
}
