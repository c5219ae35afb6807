package org.zielbild.ui.modules.reflection;

import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.zielbild.domain.TargetPictureDay;
import org.zielbild.ui.spi.SimpleModule;
import org.zielbild.ui.spi.WorkshopModule;

/** Emotional reflection: the mood check-in, then pains and gains on one board with two areas. */
public final class ReflectionModule {

    private ReflectionModule() {
    }

    /** The module for the shell's registry. */
    public static WorkshopModule module() {
        return new SimpleModule(TargetPictureDay.REFLECTION, "module.reflection", MaterialDesignE.EMOTICON_OUTLINE,
                context -> ReflectionView.create(new ReflectionViewModel(context), context.i18n(), context.roomI18n()));
    }
}
