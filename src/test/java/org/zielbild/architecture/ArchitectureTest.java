package org.zielbild.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layer rules of DESIGN.md, checked on every build. */
@AnalyzeClasses(packages = "org.zielbild", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage("org.zielbild.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.io..", "java.nio.file..",
                    "java.net..", "com.fasterxml..", "org.zielbild.store..", "org.zielbild.ui..",
                    "org.zielbild.session..")
            .because("the domain is pure: no UI, no I/O, no persistence format");

    @ArchTest
    static final ArchRule assignIsPlainJava = noClasses().that().resideInAPackage("org.zielbild.assign..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.io..", "java.nio.file..",
                    "org.zielbild.ui..", "org.zielbild.store..")
            .allowEmptyShould(true)
            .because("the assignment engine is pure and deterministic");

    @ArchTest
    static final ArchRule sessionCoreHasNoUi = noClasses().that().resideInAnyPackage("org.zielbild.session..",
                    "org.zielbild.store..", "org.zielbild.config..", "org.zielbild.cli..", "org.zielbild.export..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.zielbild.ui..")
            .allowEmptyShould(true)
            .because("the session core, the store and the headless commands run without JavaFX");

    @ArchTest
    static final ArchRule onlyTheStoreWritesSessionFiles = noClasses().that().resideOutsideOfPackages(
                    "org.zielbild.store..", "org.zielbild.config..", "org.zielbild.cli..", "org.zielbild.export..",
                    "org.zielbild.csv..", "org.zielbild.ui.shell..")
            .should().dependOnClassesThat().haveFullyQualifiedName("java.nio.file.Files")
            .because("only the store touches session files (settings and user-picked imports aside)");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.zielbild.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesInsideTheUi = slices().matching("org.zielbild.ui.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule modulesDoNotDependOnEachOther = slices().matching("org.zielbild.ui.modules.(*)..")
            .should().notDependOnEachOther();

    @ArchTest
    static final ArchRule modulesDoNotReachIntoTheShell = noClasses().that().resideInAPackage("org.zielbild.ui.modules..")
            .should().dependOnClassesThat().resideInAPackage("org.zielbild.ui.shell..")
            .because("modules plug into the shell through the module SPI only");
}
