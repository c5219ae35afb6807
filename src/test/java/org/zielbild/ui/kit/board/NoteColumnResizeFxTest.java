package org.zielbild.ui.kit.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.domain.Language;
import org.zielbild.testing.BoardSamples;
import org.zielbild.testing.SessionModelFixture;
import org.zielbild.ui.common.I18n;

/** The note list's text column fills the table until the user sizes it by hand; then it stays (0069). */
@ExtendWith(ApplicationExtension.class)
class NoteColumnResizeFxTest {

    private NoteListView list;

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        BoardViewModel vm = new SessionModelFixture().board();
        BoardSamples.fill(vm, Language.EN);
        list = new BoardView(vm, new I18n(Language.EN)).list();
        list.root().setMaxWidth(1000);
        stage.setScene(new Scene(new StackPane(list.root()), 1250, 700));
        stage.show();
    }

    /** Gives the list (and so the notes table) a new width. */
    private void listWidth(FxRobot robot, double width) {
        robot.interact(() -> list.root().setMaxWidth(width));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aHandSizedNoteColumnKeepsItsWidthWhenTheTableWidthChanges(FxRobot robot) throws Exception {
        TableView<NoteListView.Row> table = list.table();
        TableColumn<NoteListView.Row, ?> text = table.getColumns().get(0);
        Region root = list.root();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> root.getWidth() == 1000);
        // Before any drag the column follows the table: the list widens, the text gets the room.
        double filled = text.getWidth();
        listWidth(robot, 1200);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text.getWidth() > filled + 50);

        // What a drag on the header's edge does.
        double widened = text.getWidth();
        robot.interact(() -> table.resizeColumn(text, -60));
        double byHand = text.getWidth();
        assertThat(byHand).isLessThan(widened - 50);
        for (double width : new double[] {800, 1240, 1000}) {
            double tableBefore = table.getWidth();
            listWidth(robot, width);
            robot.sleep(100);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(table.getWidth()).as("the table follows the list").isNotCloseTo(tableBefore, within(10.0));
            assertThat(text.getWidth()).as("still the width the user chose, list %s px wide", width).isEqualTo(byHand);
        }
    }
}
