package org.zielbild.ui.spi;

import java.util.Objects;
import java.util.function.Function;
import org.kordamp.ikonli.Ikon;

/**
 * A workshop module told by what it is and how it builds its screens, which is all most modules
 * are: {@code new SimpleModule(TargetPictureDay.CLOSING, "module.closing", icon, ClosingView::create)}.
 *
 * @param views builds the module's screens for one stage (see {@link WorkshopModule#create})
 */
public record SimpleModule(String id, String titleKey, Ikon icon, Function<ModuleContext, ModuleView> views)
        implements WorkshopModule {

    public SimpleModule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(titleKey, "titleKey");
        Objects.requireNonNull(icon, "icon");
        Objects.requireNonNull(views, "views");
    }

    @Override
    public ModuleView create(ModuleContext context) {
        return views.apply(context);
    }
}
