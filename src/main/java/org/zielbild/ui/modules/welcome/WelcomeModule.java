package org.zielbild.ui.modules.welcome;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.zielbild.domain.TargetPictureDay;
import org.zielbild.ui.module.ModuleContext;
import org.zielbild.ui.module.ModuleView;
import org.zielbild.ui.module.WorkshopModule;

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
        return new WelcomeView(vm, context.i18n());
    }
}
