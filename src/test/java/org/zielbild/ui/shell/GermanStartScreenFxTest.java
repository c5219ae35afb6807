package org.zielbild.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.domain.Language;
import org.zielbild.testing.ShellTestSupport;

@ExtendWith(ApplicationExtension.class)
class GermanStartScreenFxTest {

    @TempDir
    static Path home;

    @Start
    void start(Stage stage) {
        new Shell(ShellTestSupport.context(home, Language.DE), stage).start();
    }

    @Test
    void theWholeDaySpeaksGerman(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#createSession").queryAs(Button.class).getText()).isEqualTo("Sitzung anlegen");
        robot.clickOn("#sessionTitle").write("Zielbild Kundenservice");
        robot.clickOn("#createSession");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#agendaList").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ListView<org.zielbild.ui.shell.session.StageRow> agenda = robot.lookup("#agendaList").queryAs(ListView.class);
        assertThat(agenda.getItems()).extracting(org.zielbild.ui.shell.session.StageRow::title).containsExactly(
                "Begrüßung", "Emotionale Reflexion", "Kundenperspektive", "Gemeinsames Zielbild", "Team-Aufträge",
                "Coach-Pitch und Wahl", "Abschluss");
        assertThat(robot.lookup("#saveStatus").queryAs(Label.class).getText()).isEqualTo("Alle Änderungen gespeichert");
    }
}
