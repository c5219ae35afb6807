package org.zielbild.ui.modules.coaching;

import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.zielbild.domain.TargetPictureDay;
import org.zielbild.ui.spi.SimpleModule;
import org.zielbild.ui.spi.WorkshopModule;

/** Coach pitch and vote: coaches pitch on the free timer, questions follow, everyone ranks in secret, the engine assigns. */
public final class CoachingModule {

    private CoachingModule() {
    }

    /** The module for the shell's registry. */
    public static WorkshopModule module() {
        return new SimpleModule(TargetPictureDay.COACHES, "module.coaches", MaterialDesignA.ACCOUNT_GROUP,
                context -> new CoachingView(new CoachingViewModel(context), context.i18n(), context.roomI18n()));
    }
}
