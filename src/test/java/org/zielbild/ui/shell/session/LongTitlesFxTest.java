package org.zielbild.ui.shell.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.domain.EditSessionInfo;
import org.zielbild.domain.Language;
import org.zielbild.domain.SessionInfo;
import org.zielbild.domain.agenda.RenameStage;
import org.zielbild.domain.agenda.Stage;
import org.zielbild.testing.LaptopDay;
import org.zielbild.ui.common.SessionModel;

/**
 * Titles of the longest allowed length, one unbroken word, give way at 1280 × 800 (ellipsis, full
 * text in a tooltip): a session title leaves the toolbar's Participants and Agenda buttons in place
 * (not in the toolbar's overflow menu); a stage title leaves the stage facts beside it whole.
 */
class LongTitlesFxTest {

    @TempDir
    Path home;

    private final FxRobot robot = new FxRobot();
    private LaptopDay day;

    @AfterEach
    void close() throws Exception {
        day.close();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theToolbarButtonsStayInTheWindow(Language language) throws Exception {
        day = LaptopDay.open(home, language);
        String title = "Zielbild".repeat(SessionInfo.MAX_TITLE / 8);
        robot.interact(() -> {
            SessionModel model = day.shell().sessionWindow().viewModel().model();
            SessionInfo info = model.session().info();
            model.applyOrThrow(new EditSessionInfo(
                    new SessionInfo(title, info.date(), info.place(), info.facilitator(), info.language())));
        });
        WaitForAsyncUtils.waitForFxEvents();

        Label label = robot.lookup("#sessionTitleLabel").queryAs(Label.class);
        assertThat(label.getText()).isEqualTo(title);
        double width = day.stage().getScene().getWidth();
        for (String id : new String[] {"#participantsButton", "#agendaButton", "#nextStage", "#undoButton"}) {
            // Looked up among the toolbar's items: one moved to the overflow menu is not in the scene.
            Button button = (Button) day.shell().sessionWindow().toolBar().getItems().stream()
                    .flatMap(n -> Stream.concat(Stream.of(n), n instanceof Parent p ? p.getChildrenUnmodifiable().stream() : Stream.empty()))
                    .filter(n -> id.equals("#" + n.getId())).findFirst().orElseThrow();
            assertThat(showing(button)).as(id + " is in the toolbar, not its overflow menu").isTrue();
            Bounds b = button.localToScene(button.getLayoutBounds());
            assertThat(b.getMaxX()).as(id + " right edge").isLessThanOrEqualTo(width);
        }
        assertThat(label.getTooltip()).isNotNull();
        assertThat(label.getTooltip().getText()).isEqualTo(title);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theStageFactsStayReadable(Language language) throws Exception {
        day = LaptopDay.open(home, language);
        String title = "Kundenperspektive".repeat(Stage.MAX_TITLE / 17);
        robot.interact(() -> {
            SessionModel model = day.shell().sessionWindow().viewModel().model();
            String stageId = model.session().agenda().stages().get(0).id();
            model.applyOrThrow(new RenameStage(stageId, title));
        });
        WaitForAsyncUtils.waitForFxEvents();

        Label titleLabel = robot.lookup("#stageTitle").queryAs(Label.class);
        Label meta = robot.lookup("#stageMeta").queryAs(Label.class);
        assertThat(titleLabel.getText()).isEqualTo(title);
        assertThat(meta.getWidth()).as("the stage facts are not cut: " + meta.getText())
                .isGreaterThanOrEqualTo(meta.prefWidth(-1) - 0.5);
        double right = meta.localToScene(meta.getLayoutBounds()).getMaxX();
        assertThat(right).as("the stage facts end inside the window").isLessThanOrEqualTo(day.stage().getScene().getWidth());
        assertThat(titleLabel.getTooltip()).isNotNull();
        assertThat(titleLabel.getTooltip().getText()).isEqualTo(title);
    }

    private static boolean showing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
