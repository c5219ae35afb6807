package org.zielbild.ui.modules.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.app.BuiltInModules;
import org.zielbild.domain.Language;
import org.zielbild.session.SessionService;
import org.zielbild.testing.CutText;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.SessionModel;
import org.zielbild.ui.modules.NoWindowActions;
import org.zielbild.ui.shell.Shell;
import org.zielbild.ui.shell.session.SessionViewModel;
import org.zielbild.ui.shell.session.SessionWindow;
import org.zielbild.ui.shell.session.StatusNotifier;

/**
 * The coach round's four tabs at the laptop size of 1280 × 800 with the realistic round (23 people,
 * 4 coaches, 20 ballots, a computed result) in English and German (which runs ~30 % longer): no
 * label or button shows "…", no control sticks out of the window.
 */
@ExtendWith(ApplicationExtension.class)
class CoachingLaptopFxTest {

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyTabFitsTheLaptop(Language language, FxRobot robot) throws Exception {
        CoachingView[] view = new CoachingView[1];
        Scene scene = WaitForAsyncUtils.asyncFx(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            StatusNotifier notifier = new StatusNotifier();
            SessionModel model = new SessionModel(SessionService.inMemory(CoachingSample.build(language)), notifier);
            SessionViewModel vm = new SessionViewModel(model);
            SessionWindow window = new SessionWindow(vm, notifier, BuiltInModules.registry(), new I18n(language),
                    new NoWindowActions());
            vm.select(model.session().agenda().stages().get(5).id());
            view[0] = (CoachingView) window.stageHost().activeView().orElseThrow();
            view[0].viewModel().pitches().next();
            view[0].viewModel().result().compute();
            Stage stage = new Stage();
            Scene s = new Scene(window.root(), 1280, 800);
            s.getStylesheets().add(Shell.STYLESHEET);
            stage.setScene(s);
            stage.show();
            return s;
        }).get();
        for (int tab = 0; tab < 4; tab++) {
            int t = tab;
            robot.interact(() -> view[0].tabs().getSelectionModel().select(t));
            WaitForAsyncUtils.waitForFxEvents();
            // As in the shell's NoCutTextFxTest, only the side timer's own label may give way (the room sees it whole).
            assertThat(CutText.in(scene)).as("%s, tab %d", language, tab)
                    .allSatisfy(problem -> assertThat(problem).startsWith("Label#freeTitle"));
        }
    }
}
