package org.zielbild.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.zielbild.domain.Change;
import org.zielbild.session.SessionService;
import org.zielbild.ui.common.SessionModel;

/** The projector only reads: it cannot reach anything that changes a session. */
class ProjectorIsReadOnlyTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.zielbild");

    @Test
    void theProjectorPackageNeverTouchesWhatChangesTheSession() {
        noClasses().that().resideInAPackage("org.zielbild.ui.shell.projector..")
                .should().dependOnClassesThat().areAssignableTo(SessionModel.class)
                .orShould().dependOnClassesThat().areAssignableTo(SessionService.class)
                .orShould().dependOnClassesThat().areAssignableTo(Change.class)
                .check(classes);
    }

    @Test
    void timerAndDomainStayFreeOfEachOthersDirection() {
        noClasses().that().resideInAPackage("org.zielbild.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.io..", "java.nio.file..")
                .check(classes);
    }
}
