package org.zielbild.ui.spi;

import org.kordamp.ikonli.Ikon;

/**
 * A kind of workshop activity (check-in board, coach vote, ...). The shell finds the module for a
 * stage by {@link #id()} (= {@code Stage.moduleId}) and asks it for a {@link ModuleView} the first
 * time that stage is shown.
 */
public interface WorkshopModule {

    /** Matches {@code Stage.moduleId()}; stable, stored in sessions. */
    String id();

    /** The i18n key of the module kind's name, e.g. "Emotional reflection". */
    String titleKey();

    Ikon icon();

    /** Builds the module's screens for one stage; called lazily, once per stage and window. */
    ModuleView create(ModuleContext context);
}
