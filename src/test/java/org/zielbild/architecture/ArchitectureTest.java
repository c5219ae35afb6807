package org.zielbild.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.zielbild.domain.Ids;

/**
 * The layers of the house, checked on every build (docs/decisions/0070 explains them): the pure
 * core, the composition roots, the shell, the module SPI, the kits and the workshop modules. The
 * domain's slices are {@link DomainSlicesTest}; what the projector may see, {@link ProjectorIsReadOnlyTest}.
 */
@AnalyzeClasses(packages = "org.zielbild", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    // --- the pure core ---

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage("org.zielbild.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.net..",
                    "com.fasterxml..", "org.zielbild.store..", "org.zielbild.session..", "org.zielbild.config..",
                    "org.zielbild.csv..", "org.zielbild.assign..")
            .because("the domain is pure: no I/O, no persistence format, nothing above it");

    @ArchTest
    static final ArchRule theCoreUsesNoJavaFxAndNoUi = noClasses().that().resideInAnyPackage("org.zielbild.domain..",
                    "org.zielbild.csv..", "org.zielbild.assign..", "org.zielbild.export..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.zielbild.ui..", "org.zielbild.app..")
            .because("the domain, CSV reading, the assignment engine and the exporters run headless (CLI, minutes)");

    @ArchTest
    static final ArchRule assignIsPure = noClasses().that().resideInAPackage("org.zielbild.assign..")
            .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "org.zielbild.store..",
                    "org.zielbild.session..", "org.zielbild.cli..")
            .because("the assignment engine is pure and deterministic");

    @ArchTest
    static final ArchRule sessionCoreHasNoUi = noClasses().that().resideInAnyPackage("org.zielbild.session..",
                    "org.zielbild.store..", "org.zielbild.config..", "org.zielbild.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.zielbild.ui..", "org.zielbild.app..")
            .because("the session core, the store and the headless commands run without JavaFX");

    @ArchTest
    static final ArchRule onlyTheStoreWritesSessionFiles = noClasses().that().resideOutsideOfPackages(
                    "org.zielbild.store..", "org.zielbild.config..", "org.zielbild.cli..", "org.zielbild.export..",
                    "org.zielbild.csv..", "org.zielbild.ui.shell..")
            .should().dependOnClassesThat().haveFullyQualifiedName("java.nio.file.Files")
            .because("only the store touches session files (settings, CSV files and user-picked imports aside)");

    @ArchTest
    static final ArchRule minutesRenderersSeeOnlyTheMinutes = noClasses().that().resideInAnyPackage(
                    "org.zielbild.export.render..", "org.zielbild.export.model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.zielbild.domain..", "org.zielbild.session..",
                    "org.zielbild.store..", "org.zielbild.export.sections..")
            .because("a renderer gets the minutes model (texts and numbers), never the session: it cannot print "
                    + "a name the sections did not put there (docs/decisions/0140)");

    // --- composition roots ---

    @ArchTest
    static final ArchRule onlyCompositionRootsSeeTheStore = noClasses().that().resideOutsideOfPackages(
                    "org.zielbild.store..", "org.zielbild.app..", "org.zielbild.cli..")
            .should().dependOnClassesThat().resideInAPackage("org.zielbild.store..")
            .because("the app's composition root (app) and the command line's (cli) choose the store; "
                    + "everything else works on SessionLibrary and SessionService");

    @ArchTest
    static final ArchRule onlyTheAppSeesTheModules = noClasses().that().resideOutsideOfPackages(
                    "org.zielbild.app..", "org.zielbild.ui.modules..")
            .should().dependOnClassesThat().resideInAPackage("org.zielbild.ui.modules..")
            .because("the app's composition root registers the modules; the shell knows them only through the SPI");

    // --- the shell, the SPI, the kits, the modules ---

    @ArchTest
    static final ArchRule theShellSeesNoKitNoModuleNoStore = noClasses().that().resideInAPackage("org.zielbild.ui.shell..")
            .should().dependOnClassesThat().resideInAnyPackage("org.zielbild.ui.kit..", "org.zielbild.ui.modules..",
                    "org.zielbild.store..", "org.zielbild.app..")
            .because("a stage's keys, projection and leave check reach the shell through the module SPI");

    @ArchTest
    static final ArchRule theSpiSeesNoKitNoModuleNoShell = noClasses().that().resideInAPackage("org.zielbild.ui.spi..")
            .should().dependOnClassesThat().resideInAnyPackage("org.zielbild.ui.kit..", "org.zielbild.ui.modules..",
                    "org.zielbild.ui.shell..", "org.zielbild.app..", "org.zielbild.store..")
            .because("the SPI is what a module and the shell share, nothing more");

    @ArchTest
    static final ArchRule kitsAreIndependentOfEachOther = slices().matching("org.zielbild.ui.kit.(*)..")
            .should().notDependOnEachOther()
            .because("a kit (board, mood, later ballots and ratings) is reused by modules, never by another kit");

    @ArchTest
    static final ArchRule kitsSeeNoSpiNoModuleNoShell = noClasses().that().resideInAPackage("org.zielbild.ui.kit..")
            .should().dependOnClassesThat().resideInAnyPackage("org.zielbild.ui.spi..", "org.zielbild.ui.modules..",
                    "org.zielbild.ui.shell..", "org.zielbild.app..", "org.zielbild.store..")
            .because("kits describe their parts with ui.common types (StagePart, KeyHelp); modules fit them to the SPI");

    @ArchTest
    static final ArchRule modulesDoNotDependOnEachOther = slices().matching("org.zielbild.ui.modules.(*)..")
            .should().notDependOnEachOther();

    @ArchTest
    static final ArchRule modulesUseOnlyTheSpiKitsCommonUiAndTheDomain = classes().that()
            .resideInAPackage("org.zielbild.ui.modules..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.zielbild.ui.modules..", "org.zielbild.ui.spi..",
                    "org.zielbild.ui.kit..", "org.zielbild.ui.common..", "org.zielbild.domain..",
                    "org.zielbild.assign..", "org.zielbild.csv..", "org.zielbild.export.model..",
                    "java..", "javafx..", "org.kordamp.ikonli..", "atlantafx..", "org.controlsfx..", "eu.hansolo..",
                    "org.slf4j..")
            .because("a module reads and changes the session through ui.common (SessionModel, SessionFeed), never "
                    + "through org.zielbild.session, the store or the shell; the headless engines (assign, csv), the "
                    + "minutes' model (a picture a module draws for them) "
                    + "and the design card's control libraries (ControlsFX, TilesFX) are shared with everyone");

    @ArchTest
    static final ArchRule modulesAndKitsTakeTheAppsClockAndIds = noClasses().that()
            .resideInAnyPackage("org.zielbild.ui.modules..", "org.zielbild.ui.kit..")
            .should().callMethod(Clock.class, "systemUTC")
            .orShould().callMethod(Clock.class, "systemDefaultZone")
            .orShould().callMethod(Clock.class, "system", ZoneId.class)
            .orShould().callMethod(Instant.class, "now")
            .orShould().callMethod(UUID.class, "randomUUID")
            .orShould().dependOnClassesThat().belongToAnyOf(Ids.class)
            .because("ModuleContext hands modules the app's clock and id supply, so tests can fix both");

    // --- no cycles ---

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.zielbild.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesInsideTheUi = slices().matching("org.zielbild.ui.(**)").should().beFreeOfCycles();
}
