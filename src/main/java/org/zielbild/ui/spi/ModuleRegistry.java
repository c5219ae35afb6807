package org.zielbild.ui.spi;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The modules this build offers, by id; the shell reads it, the composition root fills it. */
public final class ModuleRegistry {

    private Supplier<List<WorkshopModule>> available;
    private Map<String, WorkshopModule> modules;

    public ModuleRegistry(List<WorkshopModule> available) {
        this(() -> available);
        modules();
    }

    /**
     * The modules made when the registry is first asked: the start screen needs none of them, and
     * making them loads their icons (decision 0090).
     */
    public ModuleRegistry(Supplier<List<WorkshopModule>> available) {
        this.available = available;
    }

    public Optional<WorkshopModule> find(String id) {
        return Optional.ofNullable(modules().get(id));
    }

    public Collection<WorkshopModule> all() {
        return Collections.unmodifiableCollection(modules().values());
    }

    private synchronized Map<String, WorkshopModule> modules() {
        if (modules == null) {
            Map<String, WorkshopModule> byId = new LinkedHashMap<>();
            for (WorkshopModule m : available.get()) {
                if (byId.putIfAbsent(m.id(), m) != null) {
                    throw new IllegalArgumentException("two modules with id " + m.id());
                }
            }
            modules = byId;
            available = null;
        }
        return modules;
    }
}
