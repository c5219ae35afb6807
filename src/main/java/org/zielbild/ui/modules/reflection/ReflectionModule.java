package org.zielbild.ui.modules.reflection;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.zielbild.domain.TargetPictureDay;
import org.zielbild.ui.spi.ModuleContext;
import org.zielbild.ui.spi.ModuleView;
import org.zielbild.ui.spi.WorkshopModule;

/** Emotional reflection: the mood check-in, then pains and gains on one board with two areas. */
public final class ReflectionModule implements WorkshopModule {

    @Override
    public String id() {
        return TargetPictureDay.REFLECTION;
    }

    @Override
    public String titleKey() {
        return "module.reflection";
    }

    @Override
    public Ikon icon() {
        return MaterialDesignE.EMOTICON_OUTLINE;
    }

    @Override
    public ModuleView create(ModuleContext context) {
        return ReflectionView.create(new ReflectionViewModel(context), context.i18n(), context.roomI18n());
    }
}
