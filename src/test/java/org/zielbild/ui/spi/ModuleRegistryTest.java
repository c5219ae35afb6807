package org.zielbild.ui.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** The registry makes its modules when first asked (decision 0090), once, and still refuses two with one id. */
class ModuleRegistryTest {

    private static WorkshopModule module(String id) {
        return new SimpleModule(id, "module." + id, MaterialDesignT.TARGET, context -> null);
    }

    @Test
    void theModulesAreMadeOnFirstUseAndOnlyOnce() {
        AtomicInteger made = new AtomicInteger();
        ModuleRegistry registry = new ModuleRegistry(() -> {
            made.incrementAndGet();
            return List.of(module("a"), module("b"));
        });
        assertThat(made).hasValue(0);
        assertThat(registry.find("b")).isPresent();
        assertThat(registry.all()).extracting(WorkshopModule::id).containsExactly("a", "b");
        assertThat(registry.find("c")).isEmpty();
        assertThat(made).hasValue(1);
    }

    @Test
    void twoModulesWithOneIdAreRefused() {
        ModuleRegistry lazy = new ModuleRegistry(() -> List.of(module("a"), module("a")));
        assertThatThrownBy(lazy::all).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two modules with id a");
        assertThatThrownBy(() -> new ModuleRegistry(List.of(module("a"), module("a"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
