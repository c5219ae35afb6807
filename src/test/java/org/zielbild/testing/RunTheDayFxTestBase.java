package org.zielbild.testing;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.domain.Language;
import org.zielbild.session.SessionUnavailableException;
import org.zielbild.ui.shell.Shell;

/** A real shell with the template day open (stage ids s1..s7); closed again after each test. */
@ExtendWith(ApplicationExtension.class)
public abstract class RunTheDayFxTestBase {

    @TempDir
    static Path home;

    protected Shell shell;

    /** The UI language of the test. */
    protected Language language() {
        return Language.EN;
    }

    /** The language the template day is written in (the room's language); the UI language unless a test says. */
    protected Language sessionLanguage() {
        return language();
    }

    /** TestFX looks for @Start only in the test class itself, so the base opens the day here. */
    @BeforeEach
    void openDay() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            try {
                shell = RunTheDayFxSupport.openDay(stage, home, language(), sessionLanguage());
            } catch (SessionUnavailableException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @AfterEach
    void closeSession() {
        WaitForAsyncUtils.asyncFx(() -> shell.shutdown());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
