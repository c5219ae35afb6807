package org.zielbild.ui.modules.welcome;

import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.zielbild.domain.TargetPictureDay;
import org.zielbild.ui.spi.ModuleContext;
import org.zielbild.ui.spi.ModuleView;
import org.zielbild.ui.spi.SimpleModule;
import org.zielbild.ui.spi.WorkshopModule;

/** The opening of the day: what the session is, the agenda, who is here. */
public final class WelcomeModule {

    private WelcomeModule() {
    }

    /** The module for the shell's registry. */
    public static WorkshopModule module() {
        return new SimpleModule(TargetPictureDay.WELCOME, "module.welcome", MaterialDesignH.HAND_WAVE,
                WelcomeModule::views);
    }

    private static ModuleView views(ModuleContext context) {
        WelcomeViewModel vm = new WelcomeViewModel(context.feed(), context.i18n());
        // The room reads the date, the counts and the agenda in the session's language (decision 0062).
        WelcomeViewModel room = context.roomI18n() == context.i18n() ? vm
                : new WelcomeViewModel(context.feed(), context.roomI18n());
        return new WelcomeView(vm, context.i18n(), room, context.roomI18n());
    }
}
