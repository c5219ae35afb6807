package org.zielbild.assign;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine stays pure: usable from the GUI, the CLI and tests alike. */
class AssignArchitectureTest {

    private final JavaClasses engine = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.zielbild.assign");

    @Test
    void importsNoJavaFxAndDoesNoIo() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.io..", "java.nio..", "java.net..")
                .orShould().dependOnClassesThat().resideInAnyPackage("org.zielbild.cli..", "org.zielbild.session..")
                .check(engine);
    }
}
