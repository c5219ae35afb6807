package org.zielbild.ui.spi;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The modules this build offers, by id; the shell reads it, the composition root fills it. */
public final class ModuleRegistry {

    private final Map<String, WorkshopModule> modules = new LinkedHashMap<>();

    public ModuleRegistry(List<WorkshopModule> available) {
        for (WorkshopModule m : available) {
            if (modules.putIfAbsent(m.id(), m) != null) {
                throw new IllegalArgumentException("two modules with id " + m.id());
            }
        }
    }

    public Optional<WorkshopModule> find(String id) {
        return Optional.ofNullable(modules.get(id));
    }

    public Collection<WorkshopModule> all() {
        return Collections.unmodifiableCollection(modules.values());
    }
}
