package org.zielbild.ui.shell.projector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.domain.EditSessionInfo;
import org.zielbild.domain.Language;
import org.zielbild.domain.SessionInfo;
import org.zielbild.testing.RunTheDayFxSupport;
import org.zielbild.testing.RunTheDayFxTestBase;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.shell.session.SessionWindow;

/**
 * The projector speaks the session's language, the laptop the UI language (decision 0062). Subclasses
 * pick a UI language and a different session language.
 */
abstract class RoomLanguageFxTestBase extends RunTheDayFxTestBase {

    /** A caption each module projection of the template day shows first (stage id → key and arguments). */
    private static final Map<String, Object[]> FIRST_CAPTION = Map.of(
            "s1", new Object[] {"welcome.agenda"},
            "s2", new Object[] {"mood.projection.soon"},
            "s3", new Object[] {"board.projection.notes", 0, 0},
            "s7", new Object[] {"mood.projection.soon"});

    private SessionWindow window() {
        return shell.sessionWindow();
    }

    private ProjectorWindow projector() {
        return window().projector().window();
    }

    private void openProjector(FxRobot robot) {
        robot.clickOn("#stageTitle");
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(projector()).isNotNull();
        robot.clickOn("#stageTitle");
    }

    private static void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(50, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> projectorTexts() {
        return RunTheDayFxSupport.texts(projector().scene().getRoot());
    }

    private static String caption(I18n i18n, Object[] keyAndArgs) {
        Object[] args = java.util.Arrays.copyOfRange(keyAndArgs, 1, keyAndArgs.length);
        return i18n.t((String) keyAndArgs[0], args);
    }

    /** Texts without arguments that differ between the two languages, in {@code language}. */
    private static List<String> textsOnlyIn(Language language) {
        I18n en = new I18n(Language.EN);
        I18n de = new I18n(Language.DE);
        List<String> out = new ArrayList<>();
        for (String name : I18n.BUNDLES) {
            ResourceBundle base = ResourceBundle.getBundle(name, Locale.ROOT,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (String key : base.keySet()) {
                if (base.getString(key).contains("{")) {
                    continue;
                }
                String e = en.t(key);
                String d = de.t(key);
                if (!e.equals(d)) {
                    out.add(language == Language.EN ? e : d);
                }
            }
        }
        return out;
    }

    @Test
    void everyStageOnTheWallSpeaksTheSessionsLanguage(FxRobot robot) {
        assertThat(sessionLanguage()).isNotEqualTo(language());
        I18n room = new I18n(sessionLanguage());
        I18n ui = new I18n(language());
        List<String> uiOnly = textsOnlyIn(language());
        openProjector(robot);
        for (org.zielbild.domain.agenda.Stage stage : window().viewModel().stages()) {
            WaitForAsyncUtils.asyncFx(() -> window().viewModel().select(stage.id()));
            settle();
            List<String> texts = projectorTexts();
            assertThat(texts).as("the wall shows %s", stage.title()).contains(stage.title());
            Object[] first = FIRST_CAPTION.get(stage.id());
            if (first != null) {
                assertThat(texts).as("room caption at %s", stage.title()).contains(caption(room, first))
                        .doesNotContain(caption(ui, first));
            }
            assertThat(texts).as("UI-language words on the wall at %s", stage.title())
                    .doesNotContainAnyElementsOf(uiOnly);
        }
        assertThat(RunTheDayFxSupport.texts(window().root()))
                .as("the laptop keeps the UI language").contains(ui.t("stage.facilitatorNotes"));
    }

    @Test
    void theTimerCaptionOnTheWallSpeaksTheSessionsLanguage(FxRobot robot) {
        openProjector(robot);
        robot.interact(() -> {
            window().timers().startOrPause();
            window().timers().startOrPause();
        });
        settle();
        assertThat(projectorTexts()).contains(new I18n(sessionLanguage()).t("projector.timer.paused"))
                .doesNotContain(new I18n(language()).t("projector.timer.paused"));
    }

    @Test
    void whenTheSessionsLanguageIsEditedTheWallFollows(FxRobot robot) {
        openProjector(robot);
        WaitForAsyncUtils.asyncFx(() -> window().viewModel().select("s2"));
        settle();
        I18n ui = new I18n(language());
        Object[] first = FIRST_CAPTION.get("s2");
        assertThat(projectorTexts()).doesNotContain(caption(ui, first));
        var model = window().viewModel().model();
        robot.interact(() -> {
            SessionInfo info = model.session().info();
            model.apply(new EditSessionInfo(new SessionInfo(info.title(), info.date(), info.place(),
                    info.facilitator(), language())));
        });
        settle();
        assertThat(projectorTexts()).as("the room now speaks %s", language()).contains(caption(ui, first))
                .doesNotContain(caption(new I18n(sessionLanguage()), first));
        // The stage titles are the session's content: they stay as written (only the app's words change).
    }
}
