package org.zielbild.ui.shell.session;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.spi.ModuleRegistry;
import org.zielbild.ui.spi.WorkshopModule;

/** Names and icons of module kinds, also for kinds whose module is not in this build yet. */
public final class ModuleKinds {

    private final ModuleRegistry registry;
    private final I18n i18n;

    public ModuleKinds(ModuleRegistry registry, I18n i18n) {
        this.registry = registry;
        this.i18n = i18n;
    }

    public String title(String moduleId) {
        String key = registry.find(moduleId).map(WorkshopModule::titleKey).orElse("module." + moduleId);
        return i18n.has(key) ? i18n.t(key) : moduleId;
    }

    public Ikon icon(String moduleId) {
        return registry.find(moduleId).map(WorkshopModule::icon).orElse(MaterialDesignP.PUZZLE_OUTLINE);
    }

    public boolean available(String moduleId) {
        return registry.find(moduleId).isPresent();
    }
}
