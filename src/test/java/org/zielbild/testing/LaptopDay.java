package org.zielbild.testing;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.domain.Language;
import org.zielbild.ui.shell.Shell;

/** The template day open in a real shell at the laptop size of 1280 × 800, for layout tests in either language. */
public final class LaptopDay {

    private final Stage stage;
    private Shell shell;

    private LaptopDay(Stage stage) {
        this.stage = stage;
    }

    public static LaptopDay open(Path home, Language language) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        LaptopDay day = new LaptopDay(stage);
        day.shell = RunTheDayFxSupport.openDayOnLaptop(home, language);
        WaitForAsyncUtils.waitForFxEvents();
        return day;
    }

    public Shell shell() {
        return shell;
    }

    public Stage stage() {
        return stage;
    }

    /** Shuts the shell down and closes every window the test opened. */
    public void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> shell.shutdown());
        WaitForAsyncUtils.waitForFxEvents();
        FxToolkit.cleanupStages();
    }
}
