package org.zielbild.ui.modules.welcome;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.zielbild.domain.TargetPictureDay;
import org.zielbild.ui.spi.ModuleContext;
import org.zielbild.ui.spi.ModuleView;
import org.zielbild.ui.spi.WorkshopModule;

/** The opening of the day: what the session is, the agenda, who is here. */
public final class WelcomeModule implements WorkshopModule {

    @Override
    public String id() {
        return TargetPictureDay.WELCOME;
    }

    @Override
    public String titleKey() {
        return "module.welcome";
    }

    @Override
    public Ikon icon() {
        return MaterialDesignH.HAND_WAVE;
    }

    @Override
    public ModuleView create(ModuleContext context) {
        WelcomeViewModel vm = new WelcomeViewModel(context.session(), context.i18n());
        // The room reads the date, the counts and the agenda in the session's language (decision 0062).
        WelcomeViewModel room = context.roomI18n() == context.i18n() ? vm
                : new WelcomeViewModel(context.session(), context.roomI18n());
        return new WelcomeView(vm, context.i18n(), room, context.roomI18n());
    }
}
