package org.zielbild.ui.shell.roster;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.domain.Language;
import org.zielbild.domain.roster.Team;
import org.zielbild.session.SessionService;
import org.zielbild.testing.Sessions;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.Notifier;
import org.zielbild.ui.common.SessionModel;

/**
 * A team name of the longest allowed length, one unbroken word, does not widen the team choice
 * next to the name field: the name field and the Add button keep their room (they were squeezed
 * to a few pixels and an ellipsis).
 */
@ExtendWith(ApplicationExtension.class)
class LongTeamNameFxTest {

    private ParticipantsViewModel vm;

    @Start
    void start(Stage stage) {
        SessionModel model = new SessionModel(SessionService.inMemory(Sessions.empty()), Notifier.SILENT);
        vm = new ParticipantsViewModel(model, Sessions.counterIds("p-"));
        ParticipantsEditor editor = new ParticipantsEditor(vm, new I18n(Language.DE));
        stage.setScene(new Scene(editor.root(), 900, 600));
        stage.show();
    }

    @Test
    void theNameFieldAndTheAddButtonKeepTheirRoom(FxRobot robot) {
        robot.interact(() -> {
            vm.newTeamNameProperty().set("Teamname".repeat(Team.MAX_NAME / 8) + "Team");
            vm.addTeam();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.teams()).hasSize(1);

        TextField name = robot.lookup("#newParticipantName").queryAs(TextField.class);
        Button add = robot.lookup("#addParticipant").queryAs(Button.class);
        assertThat(name.getWidth()).as("name field width").isGreaterThanOrEqualTo(200);
        assertThat(add.getWidth()).as("Add button width").isGreaterThanOrEqualTo(add.prefWidth(-1));
        TextField teamName = robot.lookup("#newTeamName").queryAs(TextField.class);
        assertThat(teamName.getWidth()).as("team name field width").isGreaterThanOrEqualTo(200);
    }
}
