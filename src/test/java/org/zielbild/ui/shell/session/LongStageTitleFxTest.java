package org.zielbild.ui.shell.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.domain.Language;
import org.zielbild.domain.RenameStage;
import org.zielbild.domain.Stage;
import org.zielbild.ui.common.SessionModel;
import org.zielbild.ui.shell.LaptopDay;

/**
 * A stage title of the longest allowed length, one unbroken word, gives way in the stage header
 * at 1280 × 800: the position and time box beside it stay whole, the title shows its full text in
 * a tooltip.
 */
class LongStageTitleFxTest {

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
}
