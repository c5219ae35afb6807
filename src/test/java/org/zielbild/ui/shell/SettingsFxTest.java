package org.zielbild.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.config.SettingsStore;
import org.zielbild.domain.Language;
import org.zielbild.testing.ShellTestSupport;

@ExtendWith(ApplicationExtension.class)
class SettingsFxTest {

    @TempDir
    static Path home;

    private AppContext ctx;

    @Start
    void start(Stage stage) {
        ctx = ShellTestSupport.context(home, Language.EN);
        new Shell(ctx, stage).start();
    }

    @Test
    void switchingToGermanRebuildsTheScreenAndIsStored(FxRobot robot) throws Exception {
        robot.clickOn("#settingsButton");
        @SuppressWarnings("unchecked")
        ChoiceBox<Language> language = robot.lookup("#settingsLanguage").queryAs(ChoiceBox.class);
        robot.interact(() -> language.setValue(Language.DE));
        robot.clickOn("#settingsSave");
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS,
                () -> "Sitzung anlegen".equals(robot.lookup("#createSession").queryAs(Button.class).getText()));
        Path file = ctx.dirs().settingsFile();
        assertThat(file).exists();
        assertThat(Files.readString(file)).contains("\"DE\"");
        assertThat(new SettingsStore(file).load(Language.EN).language()).isEqualTo(Language.DE);
    }
}
