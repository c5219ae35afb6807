package org.zielbild.ui.modules.closing;

import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.zielbild.domain.TargetPictureDay;
import org.zielbild.ui.spi.SimpleModule;
import org.zielbild.ui.spi.WorkshopModule;

/** Closing: the mood check-out beside the morning's check-in, then feedback and next steps on boards. */
public final class ClosingModule {

    private ClosingModule() {
    }

    /** The module for the shell's registry. */
    public static WorkshopModule module() {
        return new SimpleModule(TargetPictureDay.CLOSING, "module.closing", MaterialDesignF.FLAG_CHECKERED,
                context -> ClosingView.create(new ClosingViewModel(context), context.i18n(), context.roomI18n()));
    }
}
