package org.zielbild.ui.kit.mood;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.domain.Language;
import org.zielbild.domain.mood.MoodKind;
import org.zielbild.domain.roster.AddParticipant;
import org.zielbild.domain.roster.Participant;
import org.zielbild.domain.roster.RemoveParticipants;
import org.zielbild.testing.CutText;
import org.zielbild.testing.SessionModelFixture;
import org.zielbild.ui.common.I18n;

/**
 * A named mood round cannot start while the session has no participants: the start area says
 * how to go on, and the button waits for participants or for "anonymous" (English and German).
 */
class MoodStartWithoutParticipantsFxTest {

    private final FxRobot robot = new FxRobot();
    private SessionModelFixture t;
    private MoodRoundViewModel vm;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    private void show(Language language) throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage((Stage stage) -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            t = new SessionModelFixture();
            List<String> everyone = t.model.session().roster().participants().stream().map(Participant::id).toList();
            t.model.apply(new RemoveParticipants(everyone));
            vm = new MoodRoundViewModel(t.model, t.fixture.stageId, MoodKind.CHECK_IN, t.ids, t.clock);
            stage.setScene(new Scene((Parent) new MoodPanel(vm, new I18n(language)).root(), 1000, 640));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node need() {
        return robot.lookup("#moodNeedParticipants").query();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aNamedRoundWithoutParticipantsSaysSoAndWaits(Language language) throws Exception {
        show(language);
        Button start = robot.lookup("#moodStart").queryButton();
        assertThat(need().isVisible()).as("anonymous needs nobody").isFalse();
        assertThat(start.isDisabled()).isFalse();

        robot.clickOn("#moodAnonymous");
        assertThat(((CheckBox) robot.lookup("#moodAnonymous").query()).isSelected()).isFalse();
        assertThat(need().isVisible()).isTrue();
        assertThat(((Label) need()).getText()).isEqualTo(new I18n(language).t("mood.needParticipants"));
        assertThat(start.isDisabled()).isTrue();
        assertThat(CutText.in(start.getScene())).isEmpty();
        robot.clickOn(start);
        assertThat(vm.round()).as("no round with nobody to name").isEmpty();

        // Anonymous again: it can start.
        robot.clickOn("#moodAnonymous");
        assertThat(need().isVisible()).isFalse();
        assertThat(start.isDisabled()).isFalse();

        // Named, and someone joins: it can start too.
        robot.clickOn("#moodAnonymous");
        assertThat(start.isDisabled()).isTrue();
        robot.interact(() -> t.model.apply(AddParticipant.atEnd(new Participant("p-ada", "Ada", null))));
        assertThat(need().isVisible()).isFalse();
        assertThat(start.isDisabled()).isFalse();
        robot.clickOn(start);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.round()).map(r -> r.anonymous()).contains(false);
    }
}
