package org.zielbild.ui.modules.mandate;

import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.zielbild.domain.TargetPictureDay;
import org.zielbild.ui.spi.SimpleModule;
import org.zielbild.ui.spi.WorkshopModule;

/** Team mandates: each team's mandate, value, statements served, guidelines and actions; readiness and coverage. */
public final class MandateModule {

    private MandateModule() {
    }

    /** The module for the shell's registry. */
    public static WorkshopModule module() {
        return new SimpleModule(TargetPictureDay.MANDATES, "module.mandates", MaterialDesignA.ACCOUNT_GROUP_OUTLINE,
                context -> new MandateView(new MandateViewModel(context), context.i18n(), context.roomI18n()));
    }
}
