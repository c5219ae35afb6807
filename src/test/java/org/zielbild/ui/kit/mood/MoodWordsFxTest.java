package org.zielbild.ui.kit.mood;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.domain.Language;
import org.zielbild.domain.mood.Emotion;
import org.zielbild.domain.mood.MoodKind;
import org.zielbild.testing.RunTheDayFxSupport;
import org.zielbild.testing.SessionModelFixture;
import org.zielbild.ui.common.I18n;

/** "Most common words" is a heading only over words: with none, laptop and wall say so in one line. */
@ExtendWith(ApplicationExtension.class)
class MoodWordsFxTest {

    private MoodRoundViewModel vm;
    private I18n i18n;
    private MoodPanel panel;
    private MoodProjection projection;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        SessionModelFixture t = new SessionModelFixture();
        vm = new MoodRoundViewModel(t.model, t.fixture.stageId, MoodKind.CHECK_IN, t.ids, t.clock);
        i18n = new I18n(Language.EN);
        panel = new MoodPanel(vm, i18n);
        projection = new MoodProjection(vm.feed(), i18n);
        stage.setScene(new Scene(new HBox(panel.root(), projection.root()), 1200, 780));
        stage.show();
    }

    private List<String> texts(Node root) {
        return RunTheDayFxSupport.texts(root);
    }

    private static boolean showing(Parent root, String id) {
        Node n = root.lookup("#" + id);
        return n != null && n.isVisible();
    }

    @Test
    void withoutWordsThereIsNoHeadingOverNothing(FxRobot robot) {
        robot.interact(() -> {
            vm.start();
            vm.add(null, 3, List.of(), List.of(), "");
            vm.reveal(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        for (Parent root : List.of((Parent) panel.root(), (Parent) projection.root())) {
            assertThat(texts(root)).doesNotContain(i18n.t("mood.words"), i18n.t("mood.projection.words"));
            assertThat(showing(root, "moodWordsHeading")).isFalse();
        }
        assertThat(((Label) ((Parent) panel.root()).lookup("#moodNoWords")).getText()).isEqualTo(i18n.t("mood.words.none"));
        assertThat(((Label) ((Parent) projection.root()).lookup("#moodNoWords")).getText())
                .isEqualTo(i18n.t("mood.projection.noWords"));
    }

    @Test
    void withWordsTheHeadingStandsOverThem(FxRobot robot) {
        robot.interact(() -> {
            vm.start();
            vm.add(null, 4, List.of(Emotion.CURIOUS), List.of(), "");
            vm.reveal(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts(projection.root())).contains(i18n.t("mood.projection.words"), "curious · 1");
        assertThat(texts(panel.root())).contains(i18n.t("mood.words"), "curious · 1");
        assertThat(((Parent) projection.root()).lookup("#moodNoWords")).isNull();
    }
}
