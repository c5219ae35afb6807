package org.zielbild.ui.modules.customer;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.zielbild.domain.TargetPictureDay;
import org.zielbild.ui.spi.ModuleContext;
import org.zielbild.ui.spi.ModuleView;
import org.zielbild.ui.spi.WorkshopModule;

/** Customer perspective: one board per guiding question, in the session's language. */
public final class CustomerModule implements WorkshopModule {

    @Override
    public String id() {
        return TargetPictureDay.CUSTOMER;
    }

    @Override
    public String titleKey() {
        return "module.customer";
    }

    @Override
    public Ikon icon() {
        return MaterialDesignA.ACCOUNT_VOICE;
    }

    @Override
    public ModuleView create(ModuleContext context) {
        return CustomerView.create(new CustomerViewModel(context), context.i18n(), context.roomI18n());
    }
}
