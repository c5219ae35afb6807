package org.zielbild.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.zielbild.domain.roster.AddParticipant;

class ChangeCatalogTest {

    @Test
    void everyConcreteChangeTypeHasAStableName() {
        Set<String> implementations = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.zielbild")
                .stream()
                .filter(c -> c.isAssignableTo(Change.class) && !c.isInterface()
                        && !c.getModifiers().contains(JavaModifier.ABSTRACT))
                .map(JavaClass::getName)
                .collect(Collectors.toSet());
        Set<String> registered = ChangeCatalog.all().values().stream().map(Class::getName).collect(Collectors.toSet());
        assertThat(registered).containsExactlyInAnyOrderElementsOf(implementations);
    }

    @Test
    void namesAreDottedLowerCamelWords() {
        assertThat(ChangeCatalog.all().keySet()).allMatch(n -> n.matches("[a-z][a-zA-Z]*(\\.[a-z][a-zA-Z]*)*"));
        assertThat(ChangeCatalog.nameOf(AddParticipant.class)).contains("participant.add");
    }
}
