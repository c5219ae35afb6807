package org.zielbild.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zielbild.domain.Change;
import org.zielbild.session.SessionService;
import org.zielbild.ui.common.SessionModel;

/**
 * The projector only reads: the classes that draw what the room sees get read-only feeds
 * (SessionFeed, BoardFeed, MoodFeed) and never reach SessionService, a Change, the SessionModel or
 * a view-model that holds one.
 */
class ProjectorIsReadOnlyTest {

    /** Drawing classes shared by the laptop and the wall, and the welcome stage's room view. */
    private static final Set<String> DRAWING = Set.of("BoardRenderer", "NotePainter", "ClusterPainter", "RenderOverlay",
            "RenderStyle", "TextFitter", "CanvasFonts", "CanvasShapes", "NotePaints", "BoardGeometry", "BoardSnapshot",
            "BoardFit", "Viewport", "MoodChart", "MoodBar", "MoodWords", "ProjectionSurface", "WelcomeView",
            "WelcomeViewModel", "WelcomeAgenda", "WallBoard", "WallLayout", "WallNotesLayout", "WallCardsLayout",
            "WallGroups", "WallMeasure", "WallTexts",
            "CoachingRoom", "RankingBody", "AnnouncementBody", "TileTheme", "PhotoFrame", "CoachingStyles");

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.zielbild");

    /** What draws the projection: the projector window, every *Projection, the feeds and the drawing classes. */
    static final DescribedPredicate<JavaClass> DRAWS_THE_PROJECTION = DescribedPredicate.describe("draw the projection",
            c -> c.getPackageName().startsWith("org.zielbild.ui.shell.projector")
                    || c.getSimpleName().endsWith("Projection") || c.getSimpleName().endsWith("Feed")
                    || DRAWING.contains(topLevel(c).getSimpleName()));

    /** SessionService, a Change, the SessionModel, or a class that holds one of them (a view-model that applies changes). */
    static final DescribedPredicate<JavaClass> CAN_APPLY_A_CHANGE = DescribedPredicate.describe("can apply a change",
            c -> mutates(c) || c.getDirectDependenciesFromSelf().stream().anyMatch(d -> mutates(d.getTargetClass())));

    private static boolean mutates(JavaClass c) {
        return c.isAssignableTo(SessionService.class) || c.isAssignableTo(Change.class)
                || c.isAssignableTo(SessionModel.class);
    }

    private static JavaClass topLevel(JavaClass c) {
        return c.getEnclosingClass().map(ProjectorIsReadOnlyTest::topLevel).orElse(c);
    }

    @Test
    void whatDrawsTheProjectionCannotReachAnythingThatChangesTheSession() {
        noClasses().that(DRAWS_THE_PROJECTION).should().dependOnClassesThat(CAN_APPLY_A_CHANGE)
                .because("the room's view is read-only by construction: it is handed feeds, not models")
                .check(classes);
    }

    @Test
    void theRuleSeesTheProjectionsAndWouldCatchAViewModel() {
        assertThat(classes.stream().filter(DRAWS_THE_PROJECTION::test).map(JavaClass::getSimpleName))
                .contains("BoardProjection", "MoodProjection", "ProjectorWindow", "BoardFeed", "MoodFeed", "SessionFeed",
                        "BoardRenderer", "MoodChart", "WelcomeView", "CoachingProjection", "CoachingFeed", "AnnouncementBody");
        assertThat(classes.stream().filter(CAN_APPLY_A_CHANGE::test).map(JavaClass::getSimpleName))
                .contains("BoardViewModel", "MoodRoundViewModel", "SessionModel", "SessionService", "AddNote",
                        "CoachingViewModel", "RankingViewModel")
                .doesNotContain("BoardFeed", "MoodFeed", "SessionFeed", "BoardSnapshot");
    }

    @Test
    void theDomainStaysFreeOfJavaFxAndIo() {
        noClasses().that().resideInAPackage("org.zielbild.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.io..", "java.nio.file..")
                .check(classes);
    }
}
