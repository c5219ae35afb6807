package org.zielbild.ui.modules.target;

import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.zielbild.domain.TargetPictureDay;
import org.zielbild.ui.spi.SimpleModule;
import org.zielbild.ui.spi.WorkshopModule;

/** The shared target picture: statements, the majority gate, the poster. */
public final class TargetModule {

    private TargetModule() {
    }

    /** The module for the shell's registry. */
    public static WorkshopModule module() {
        return new SimpleModule(TargetPictureDay.TARGET_PICTURE, "module.target-picture", MaterialDesignT.TARGET,
                context -> new TargetView(new TargetViewModel(context), context));
    }
}
