package org.zielbild.ui.shell.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.app.BuiltInModules;
import org.zielbild.domain.Language;
import org.zielbild.domain.agenda.RenameStage;
import org.zielbild.domain.agenda.Stage;
import org.zielbild.session.SessionService;
import org.zielbild.testing.Sessions;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.Notifier;
import org.zielbild.ui.common.SessionModel;
import org.zielbild.ui.shell.session.ModuleKinds;

/**
 * A stage title of the longest allowed length, one unbroken word, fits the agenda editor's list:
 * the middle of the line gives way, its number and minutes stay readable; no sideways scrolling.
 */
@ExtendWith(ApplicationExtension.class)
class LongStageTitleInAgendaEditorFxTest {

    private SessionModel model;

    @Start
    void start(javafx.stage.Stage window) {
        model = new SessionModel(SessionService.inMemory(Sessions.templateDay(Language.DE)), Notifier.SILENT);
        I18n i18n = new I18n(Language.DE);
        AgendaEditor editor = new AgendaEditor(new AgendaEditorViewModel(model, Sessions.counterIds("new-")),
                new ModuleKinds(BuiltInModules.registry(), i18n), i18n);
        window.setScene(new Scene(editor.root(), 900, 620));
        window.show();
    }

    @Test
    void theLineKeepsItsMinutesAndTheListDoesNotScrollSideways(FxRobot robot) {
        Stage first = model.session().agenda().stages().get(0);
        robot.interact(() -> model.applyOrThrow(new RenameStage(first.id(), "Stagetitle".repeat(Stage.MAX_TITLE / 10))));
        WaitForAsyncUtils.waitForFxEvents();

        ListView<?> list = robot.lookup("#agendaEditorList").queryListView();
        ListCell<?> cell = robot.from(list).lookup(".list-cell").match((ListCell<?> c) -> c.getIndex() == 0).query();
        assertThat(cell.localToScene(cell.getLayoutBounds()).getMaxX())
                .isLessThanOrEqualTo(list.localToScene(list.getLayoutBounds()).getMaxX());
        // The text the skin draws (the icon is a Text too, without the style class "text").
        String shown = cell.getChildrenUnmodifiable().stream().filter(n -> n instanceof Text && n.getStyleClass().contains("text"))
                .map(n -> ((Text) n).getText()).findFirst().orElseThrow();
        assertThat(shown).startsWith("1. Stagetitle").endsWith("(" + first.timeBoxMinutes() + " Min.)");
        assertThat(cell.getTooltip()).isNotNull();
        assertThat(cell.getTooltip().getText()).isEqualTo(cell.getText());
        for (Node n : list.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL) {
                assertThat(bar.isVisible()).as("sideways scroll bar").isFalse();
            }
        }
    }
}
