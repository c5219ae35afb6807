package org.zielbild.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The domain's slices and the one-way dependencies they really have. The root
 * ({@code org.zielbild.domain}: Session, Change, ChangeCatalog, ...) is shared by all; a slice
 * may use the root and the slices listed for it, nothing else. A new slice (target picture,
 * mandates, coaching) adds its line to {@link #MAY_USE}: the test fails until it does.
 */
class DomainSlicesTest {

    private static final String DOMAIN = "org.zielbild.domain";

    /** Each slice and the other slices it may use; read: "mood uses agenda (a round belongs to a stage) and roster". */
    static final Map<String, Set<String>> MAY_USE = new LinkedHashMap<>();

    static {
        MAY_USE.put("agenda", Set.of());
        MAY_USE.put("roster", Set.of());
        MAY_USE.put("day", Set.of("agenda"));
        MAY_USE.put("board", Set.of("roster"));
        MAY_USE.put("mood", Set.of("agenda", "roster"));
        // A round and a recorded reason belong to a stage; statements link to notes and clusters (reading
        // only) and take their colours from the roster's palette; named ballots and attendance are the roster's.
        MAY_USE.put("target", Set.of("agenda", "board", "roster"));
        // Mandates serve statements (reading only, with copies of their text), name teams and owners from
        // the roster, and an action made from a next-step note keeps a copy of the note's text.
        MAY_USE.put("mandate", Set.of("board", "roster", "target"));
        MAY_USE.put("coaching", Set.of("roster", "day"));
    }

    private final JavaClasses domain = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(DOMAIN);

    @Test
    void everySliceIsWrittenDown() {
        Set<String> slices = domain.stream().map(JavaClass::getPackageName)
                .filter(p -> p.startsWith(DOMAIN + "."))
                .map(p -> p.substring(DOMAIN.length() + 1).split("\\.")[0])
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(slices).as("add the new slice and what it may use to MAY_USE")
                .containsExactlyInAnyOrderElementsOf(MAY_USE.keySet());
    }

    @Test
    void theSlicesAreFreeOfCycles() {
        slices().matching(DOMAIN + ".(*)..").should().beFreeOfCycles().check(domain);
    }

    @Test
    void eachSliceUsesOnlyTheRootAndTheSlicesWrittenDownForIt() {
        MAY_USE.forEach((slice, allowed) -> {
            List<String> forbidden = MAY_USE.keySet().stream()
                    .filter(other -> !other.equals(slice) && !allowed.contains(other))
                    .map(other -> DOMAIN + "." + other + "..").toList();
            if (!forbidden.isEmpty()) {
                noClasses().that().resideInAPackage(DOMAIN + "." + slice + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                        .because(slice + " may use only " + (allowed.isEmpty() ? "the root" : "the root and " + allowed))
                        .check(domain);
            }
        });
    }

    @Test
    void theWrittenDownDependenciesAreRealNotJustAllowed() {
        // Keeps the list honest: a dependency that goes away is taken off, so the list tells how the slices hang together.
        MAY_USE.forEach((slice, allowed) -> allowed.forEach(other -> assertThat(domain.stream()
                .filter(c -> c.getPackageName().startsWith(DOMAIN + "." + slice))
                .flatMap(c -> c.getDirectDependenciesFromSelf().stream())
                .anyMatch(d -> d.getTargetClass().getPackageName().startsWith(DOMAIN + "." + other)))
                .as("%s uses %s", slice, other).isTrue()));
    }
}
