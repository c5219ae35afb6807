package org.zielbild.ui.modules.customer;

import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.zielbild.domain.TargetPictureDay;
import org.zielbild.ui.spi.SimpleModule;
import org.zielbild.ui.spi.WorkshopModule;

/** Customer perspective: one board per guiding question, in the session's language. */
public final class CustomerModule {

    private CustomerModule() {
    }

    /** The module for the shell's registry. */
    public static WorkshopModule module() {
        return new SimpleModule(TargetPictureDay.CUSTOMER, "module.customer", MaterialDesignA.ACCOUNT_VOICE,
                context -> CustomerView.create(new CustomerViewModel(context), context.i18n(), context.roomI18n()));
    }
}
