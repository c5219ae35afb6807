package org.zielbild.ui.shell.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.domain.Ids;
import org.zielbild.domain.Language;
import org.zielbild.domain.SessionInfo;
import org.zielbild.domain.TargetPictureDay;
import org.zielbild.session.SessionSummary;
import org.zielbild.store.WorkspaceSessionLibrary;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.shell.Shell;

/**
 * A session title of the longest allowed length, one unbroken word, fits the start screen's list at
 * 1280 × 800: the row gives way (ellipsis, full title in a tooltip); no sideways scrolling.
 */
@ExtendWith(ApplicationExtension.class)
class LongTitleInSessionListFxTest {

    private static final String TITLE = "Zielbild".repeat(SessionInfo.MAX_TITLE / 8);

    @TempDir
    static Path home;

    private final ExecutorService background = Executors.newSingleThreadExecutor();

    @Start
    void start(Stage stage) throws Exception {
        WorkspaceSessionLibrary library = new WorkspaceSessionLibrary(home.resolve("ws"), home.resolve("rescue"),
                Clock.systemDefaultZone());
        library.create(TargetPictureDay.newSession(Ids.newId(),
                new SessionInfo(TITLE, LocalDate.of(2026, 11, 23), "", "", Language.EN), Ids::newId), Runnable::run).close();
        StartViewModel vm = new StartViewModel(library, Language.EN, LocalDate.of(2026, 11, 23), background,
                Platform::runLater, opened -> opened.close());
        Scene scene = new Scene(new StartScreen(vm, new I18n(Language.EN), () -> { }).root(), 1280, 800);
        scene.getStylesheets().add(Shell.STYLESHEET);
        stage.setScene(scene);
        stage.show();
        vm.refresh();
    }

    @AfterEach
    void stop() {
        background.shutdown();
    }

    @Test
    void theLongTitleIsCutWithATooltipAndTheListDoesNotScrollSideways(FxRobot robot) throws Exception {
        ListView<SessionSummary> list = robot.lookup("#sessionList").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();

        Label title = robot.lookup(".list-cell .label").match((Label l) -> TITLE.equals(l.getText())).query();
        assertThat(title.localToScene(title.getLayoutBounds()).getMaxX())
                .isLessThanOrEqualTo(list.localToScene(list.getLayoutBounds()).getMaxX());
        assertThat(title.getTooltip()).isNotNull();
        assertThat(title.getTooltip().getText()).isEqualTo(TITLE);
        for (Node n : list.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL) {
                assertThat(bar.isVisible()).as("sideways scroll bar").isFalse();
            }
        }
    }
}
