package org.zielbild.app;

import java.util.List;
import org.zielbild.ui.common.SessionPictures;
import org.zielbild.ui.kit.board.BoardPictures;
import org.zielbild.ui.modules.closing.ClosingModule;
import org.zielbild.ui.modules.coaching.CoachingModule;
import org.zielbild.ui.modules.customer.CustomerModule;
import org.zielbild.ui.modules.reflection.ReflectionModule;
import org.zielbild.ui.modules.mandate.MandateModule;
import org.zielbild.ui.modules.target.TargetModule;
import org.zielbild.ui.modules.target.TargetPosterPictures;
import org.zielbild.ui.modules.welcome.WelcomeModule;
import org.zielbild.ui.spi.ModuleRegistry;

/** The modules this build ships; the composition root hands them to the shell. */
public final class BuiltInModules {

    private BuiltInModules() {
    }

    /** The registry; the modules are made when it is first asked (after the start screen). */
    public static ModuleRegistry registry() {
        return new ModuleRegistry(() -> List.of(
                WelcomeModule.module(),
                ReflectionModule.module(),
                CustomerModule.module(),
                TargetModule.module(),
                MandateModule.module(),
                CoachingModule.module(),
                ClosingModule.module()));
    }

    /**
     * What draws the minutes' pictures: every board as the wall shows it, the target-picture poster. A kit or module that
     * draws more (the target-picture poster) joins with {@code .and(...)}.
     */
    public static SessionPictures pictures() {
        return new BoardPictures().and(new TargetPosterPictures());
    }
}
