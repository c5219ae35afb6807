package org.zielbild.ui.modules;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.time.LocalDate;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.app.BuiltInModules;
import org.zielbild.domain.Language;
import org.zielbild.domain.SessionInfo;
import org.zielbild.domain.TargetPictureDay;
import org.zielbild.domain.board.Board;
import org.zielbild.session.SessionService;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.SessionModel;
import org.zielbild.ui.shell.Shell;
import org.zielbild.ui.shell.session.SessionViewModel;
import org.zielbild.ui.shell.session.SessionWindow;
import org.zielbild.ui.shell.session.StatusNotifier;
import org.zielbild.ui.spi.ModuleView;
import org.zielbild.ui.spi.TabbedStageView;

/** The three modules in the real session window, on a German session. */
@ExtendWith(ApplicationExtension.class)
class BoardModulesFxTest {

    private SessionModel model;
    private SessionViewModel vm;
    private SessionWindow window;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        I18n i18n = new I18n(Language.DE);
        StatusNotifier notifier = new StatusNotifier();
        int[] n = {0};
        model = new SessionModel(SessionService.inMemory(TargetPictureDay.newSession("s",
                new SessionInfo("Test", LocalDate.of(2026, 11, 23), "", "", Language.DE), () -> "id" + n[0]++)), notifier);
        vm = new SessionViewModel(model);
        window = new SessionWindow(vm, notifier, BuiltInModules.registry(), i18n, new NoWindowActions());
        Scene scene = new Scene(window.root(), 1260, 780);
        scene.getStylesheets().add(Shell.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    private TabbedStageView open(int stage) {
        select(stage);
        ModuleView v = window.stageHost().activeView().orElseThrow();
        assertThat(v).isInstanceOf(TabbedStageView.class);
        return (TabbedStageView) v;
    }

    private void select(int stage) {
        String id = model.session().agenda().stages().get(stage).id();
        WaitForAsyncUtils.asyncFx(() -> vm.select(id));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<Board> boardsOf(int stage) {
        String id = model.session().agenda().stages().get(stage).id();
        return model.session().boards().boards().stream().filter(b -> b.stageId().equals(id)).toList();
    }

    @Test
    void reflectionHasTheCheckInAndOneBoardWithPainsAndGains(FxRobot robot) {
        TabbedStageView view = open(1);
        assertThat(view.tabs().getTabs()).extracting(Tab::getText).containsExactly("Check-in", "Pains & Gains");
        assertThat(boardsOf(1)).singleElement().satisfies(b -> assertThat(b.areas()).containsExactly("Pains", "Gains"));
        assertThat(view.projection()).isPresent();
        // Shown twice, still one board: boards are made once.
        select(0);
        open(1);
        assertThat(boardsOf(1)).hasSize(1);
        assertThat(model.canUndoProperty().get()).as("making boards is no undo step").isFalse();
    }

    @Test
    void customerPerspectiveHasOneBoardPerGuidingQuestionInTheSessionLanguage(FxRobot robot) {
        TabbedStageView view = open(2);
        assertThat(view.tabs().getTabs()).extracting(Tab::getText)
                .containsExactly("Frage 1", "Frage 2", "Frage 3", "Frage 4", "Frage 5");
        assertThat(boardsOf(2)).extracting(Board::title).containsExactly("Wie sehen uns unsere Kunden?",
                "Mit welchen drei Eigenschaften würden sie uns beschreiben?", "Was hassen sie an uns?",
                "Wer wären sie gern, und wie helfen wir ihnen dabei?", "Wofür wollen wir gemeinsam stehen?");
        robot.interact(() -> view.select(2));
        assertThat(robot.lookup("#boardTitle").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Was hassen sie an uns?");
    }

    @Test
    void closingHasTheCheckOutAndBoardsForFeedbackAndNextSteps(FxRobot robot) {
        select(6);
        // The closing's check-out and boards are tabs.
        ModuleView closing = window.stageHost().activeView().orElseThrow();
        javafx.scene.control.TabPane tabs = closing.facilitatorView().lookupAll(".tab-pane").stream()
                .map(javafx.scene.control.TabPane.class::cast).findFirst().orElseThrow();
        assertThat(tabs.getTabs()).extracting(Tab::getText).containsExactly("Check-out", "Feedback", "Nächste Schritte");
        // The day's action list stands beside the boards, not beside the check-out's mood round.
        assertThat(closing.facilitatorView().lookup("#closingActions")).isNull();
        robot.interact(() -> tabs.getSelectionModel().select(2));
        assertThat(closing.facilitatorView().lookup("#closingActions")).isNotNull();
        assertThat(boardsOf(6)).hasSize(2);
    }
}
