package org.zielbild.ui.shell.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.domain.Language;
import org.zielbild.domain.roster.Participant;
import org.zielbild.session.SessionService;
import org.zielbild.testing.Sessions;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.Notifier;
import org.zielbild.ui.common.SessionModel;

@ExtendWith(ApplicationExtension.class)
class ParticipantsEditorFxTest {

    @TempDir
    Path tmp;

    private SessionService service;
    private SessionModel model;
    private ParticipantsEditor editor;

    @Start
    void start(Stage stage) {
        service = SessionService.inMemory(Sessions.empty());
        model = new SessionModel(service, Notifier.SILENT);
        editor = new ParticipantsEditor(new ParticipantsViewModel(model, Sessions.counterIds("p-")), new I18n(Language.EN));
        stage.setScene(new Scene(editor.root(), 900, 600));
        stage.show();
    }

    private TableView<Participant> table(FxRobot robot) {
        return robot.lookup("#participantTable").queryTableView();
    }

    @Test
    void namesAreTypedOneAfterTheOtherWithEnter(FxRobot robot) {
        robot.clickOn("#newParticipantName");
        for (String name : new String[] {"Anna", "Ben", "Carla"}) {
            robot.write(name).type(KeyCode.ENTER);
        }
        assertThat(table(robot).getItems()).extracting(Participant::name).containsExactly("Anna", "Ben", "Carla");
        robot.write("anna").type(KeyCode.ENTER);
        assertThat(robot.lookup("“anna” is already in the list of participants.").tryQuery()).isPresent();
        assertThat(table(robot).getItems()).hasSize(3);
    }

    @Test
    void aPastedListShowsAPreviewAndAddsTheGoodLines(FxRobot robot) {
        robot.clickOn("#pasteList");
        robot.clickOn("#importText").write("Dana\n\nErik\nDana\n");
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(300);
        assertThat(robot.lookup("#importSummary").queryLabeled().getText())
                .isEqualTo("2 participants and 0 new teams will be added; 2 lines will be skipped.");
        robot.clickOn("#importAdd");
        assertThat(table(robot).getItems()).extracting(Participant::name).containsExactly("Dana", "Erik");
        ListView<String> skipped = robot.lookup("#skippedLines").queryListView();
        assertThat(skipped.getItems()).containsExactly("Line 2 is empty and is skipped.",
                "Line 4: “Dana” is already in the list and is skipped.");
    }

    @Test
    void aListIsPastedAndAddedWithoutTheMouse(FxRobot robot) {
        robot.clickOn("#pasteList");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node text = robot.lookup("#importText").query();
        assertThat(text.getScene().getFocusOwner()).as("Ctrl+V goes straight into the list").isSameAs(text);
        robot.clickOn("#importSummary"); // the headless robot types into the window it last clicked
        // Ctrl+Enter right after the last key: the plan is made from the text as it is, not 200 ms ago.
        robot.write("Dana\nErik").press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot).getItems()).extracting(Participant::name).containsExactly("Dana", "Erik");
    }

    @Test
    void tabLeavesTheListForTheButtons(FxRobot robot) {
        robot.clickOn("#pasteList");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#importSummary"); // the headless robot types into the window it last clicked
        robot.write("Dana").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextInputControl text = robot.lookup("#importText").queryTextInputControl();
        assertThat(text.getText()).isEqualTo("Dana");
        assertThat(text.isFocused()).isFalse();
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void aCsvWithOneBadLineImportsTheRestAndNamesTheLine(FxRobot robot) throws Exception {
        Path csv = tmp.resolve("people.csv");
        Files.writeString(csv, "name,team\nAnna,Vertrieb\n\"Bad,Vertrieb\nBen,Service\n", StandardCharsets.UTF_8);
        javafx.application.Platform.runLater(() -> editor.importCsv(csv)); // it waits in a dialog
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> robot.lookup("#importAdd").tryQuery().isPresent());
        robot.sleep(300);
        robot.clickOn("#importAdd");
        assertThat(table(robot).getItems()).extracting(Participant::name).containsExactly("Anna", "Ben");
        assertThat(service.session().roster().teams()).hasSize(2);
        ListView<String> skipped = robot.lookup("#skippedLines").queryListView();
        assertThat(skipped.getItems()).singleElement().asString().startsWith("Line 3 is not valid CSV");
        robot.interact(model::undo);
        assertThat(table(robot).getItems()).isEmpty();
        assertThat(service.session().roster().teams()).isEmpty();
    }

    @Test
    void attendanceIsTickedForEveryoneAndSpaceOrAClickMarksSomeoneAway(FxRobot robot) {
        robot.clickOn("#newParticipantName");
        for (String name : new String[] {"Anna", "Ben"}) {
            robot.write(name).type(KeyCode.ENTER);
        }
        assertThat(service.session().roster().participants()).allMatch(Participant::present);
        TableView<Participant> people = table(robot);
        robot.interact(() -> {
            people.requestFocus();
            people.getSelectionModel().clearAndSelect(1, people.getColumns().get(2));
            people.getFocusModel().focus(1, people.getColumns().get(2));
        });
        robot.type(KeyCode.SPACE);
        assertThat(service.session().roster().participantNamed("Ben").orElseThrow().present()).isFalse();
        assertThat(service.session().roster().present()).extracting(Participant::name).containsExactly("Anna");
        robot.interact(model::undo);
        assertThat(service.session().roster().participantNamed("Ben").orElseThrow().present()).isTrue();
        javafx.scene.control.CheckBox box = robot.from(people).lookup((javafx.scene.control.CheckBox b) ->
                b.getParent() instanceof javafx.scene.control.TableCell<?, ?> cell && cell.getTableRow() != null
                        && cell.getTableRow().getItem() instanceof Participant p && p.name().equals("Anna")).query();
        robot.clickOn(box);
        assertThat(service.session().roster().participantNamed("Anna").orElseThrow().present()).isFalse();
    }
}
