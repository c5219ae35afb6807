package org.zielbild.ui.shell.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.domain.agenda.RenameStage;
import org.zielbild.testing.RunTheDayFxTestBase;
import org.zielbild.ui.common.SessionModel;

/** The sidebar changes the rows that changed: a burst of changes to one stage is one row's work. */
class AgendaSidebarFxTest extends RunTheDayFxTestBase {

    @Test
    void aBurstOfRenamesReplacesOneRowAndStartingTheDayOnlyTheRowThatRuns(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ListView<StageRow> list = robot.lookup("#agendaList").queryAs(ListView.class);
        SessionModel model = shell.sessionWindow().viewModel().model();
        List<String> rows = heard(list.getItems());
        List<String> stages = heard(shell.sessionWindow().viewModel().stages());
        robot.interact(() -> {
            for (int i = 0; i < 500; i++) {
                model.apply(new RenameStage("s3", "Customers " + i));
            }
        });
        assertThat(rows).hasSize(500).containsOnly("replace 2");
        assertThat(stages).as("the view-model's stages too").hasSize(500).containsOnly("replace 2");
        assertThat(list.getItems().get(2).title()).isEqualTo("Customers 499");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("Customers 499").tryQuery()).as("the row shows it").isPresent();
        assertThat(list.getSelectionModel().getSelectedIndex()).as("the current stage stays selected").isZero();

        rows.clear();
        robot.interact(() -> shell.sessionWindow().timers().startOrPause());
        assertThat(rows).containsExactly("replace 0");
        assertThat(list.getItems().get(0).run()).isEqualTo(StageRow.Run.RUNNING);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("● running").tryQuery()).isPresent();
        assertThat(list.getSelectionModel().getSelectedIndex()).isZero();
    }

    private static <T> List<String> heard(javafx.collections.ObservableList<T> list) {
        List<String> heard = new ArrayList<>();
        list.addListener((ListChangeListener<T>) c -> {
            while (c.next()) {
                heard.add((c.wasReplaced() ? "replace " : c.wasAdded() ? "add " : "remove ") + c.getFrom()
                        + (c.getTo() - c.getFrom() > 1 ? ".." + c.getTo() : ""));
            }
        });
        return heard;
    }
}
