package org.zielbild.ui.modules.closing;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.zielbild.domain.TargetPictureDay;
import org.zielbild.ui.spi.ModuleContext;
import org.zielbild.ui.spi.ModuleView;
import org.zielbild.ui.spi.WorkshopModule;

/** Closing: the mood check-out beside the morning's check-in, then feedback and next steps on boards. */
public final class ClosingModule implements WorkshopModule {

    @Override
    public String id() {
        return TargetPictureDay.CLOSING;
    }

    @Override
    public String titleKey() {
        return "module.closing";
    }

    @Override
    public Ikon icon() {
        return MaterialDesignF.FLAG_CHECKERED;
    }

    @Override
    public ModuleView create(ModuleContext context) {
        return ClosingView.create(new ClosingViewModel(context), context.i18n(), context.roomI18n());
    }
}
