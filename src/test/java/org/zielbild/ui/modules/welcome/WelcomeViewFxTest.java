package org.zielbild.ui.modules.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.domain.Change;
import org.zielbild.domain.Language;
import org.zielbild.domain.SessionInfo;
import org.zielbild.domain.TargetPictureDay;
import org.zielbild.domain.agenda.AddStage;
import org.zielbild.domain.agenda.RemoveStage;
import org.zielbild.domain.agenda.RenameStage;
import org.zielbild.domain.agenda.SetStageTimeBox;
import org.zielbild.domain.board.AddBoard;
import org.zielbild.domain.board.AddNote;
import org.zielbild.domain.board.Board;
import org.zielbild.domain.board.Note;
import org.zielbild.domain.roster.AddParticipant;
import org.zielbild.domain.roster.Participant;
import org.zielbild.domain.roster.RenameParticipant;
import org.zielbild.session.SessionService;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.Notifier;
import org.zielbild.ui.common.SessionModel;

/** The welcome screen follows the session, and touches its nodes only when what it shows changes. */
@ExtendWith(ApplicationExtension.class)
class WelcomeViewFxTest {

    private SessionModel model;
    private WelcomeView view;
    private final AtomicInteger fired = new AtomicInteger();

    @Start
    void start(Stage stage) {
        int[] n = {0};
        model = new SessionModel(SessionService.inMemory(TargetPictureDay.newSession("s",
                new SessionInfo("Zielbild 2027", LocalDate.of(2026, 11, 23), "Köln", "Anna", Language.EN),
                () -> "s" + ++n[0])), Notifier.SILENT);
        I18n i18n = new I18n(Language.EN);
        WelcomeViewModel vm = new WelcomeViewModel(model.feed(), i18n);
        view = new WelcomeView(vm, i18n);
        vm.titleProperty().addListener(o -> fired.incrementAndGet());
        vm.detailsProperty().addListener(o -> fired.incrementAndGet());
        vm.peopleProperty().addListener(o -> fired.incrementAndGet());
        vm.agendaProperty().addListener(o -> fired.incrementAndGet());
        stage.setScene(new Scene((javafx.scene.Parent) view.facilitatorView(), 900, 700));
        stage.show();
    }

    private void apply(Change change) {
        WaitForAsyncUtils.asyncFx(() -> model.applyOrThrow(change));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private GridPane agenda() {
        return (GridPane) view.facilitatorView().lookup(".welcome-agenda");
    }

    private List<Node> cells() {
        return new ArrayList<>(agenda().getChildren());
    }

    private List<String> texts() {
        return agenda().getChildren().stream().map(node -> ((Label) node).getText()).toList();
    }

    @Test
    void renamingAStageChangesItsTextInTheRowsThatAreThere() {
        List<Node> before = cells();
        assertThat(texts()).startsWith("1.", "Welcome", "15 min");
        apply(new RenameStage("s2", "Looking back"));
        apply(new SetStageTimeBox("s2", 45));
        assertThat(cells()).as("no node made or dropped").containsExactlyElementsOf(before);
        assertThat(texts().subList(3, 6)).containsExactly("2.", "Looking back", "45 min");
    }

    @Test
    void changesTheWelcomeScreenDoesNotShowFireNothing() {
        List<Node> before = cells();
        fired.set(0);
        Board board = Board.of("b1", "s2", 0, "Pains & Gains", List.of("Pains", "Gains"));
        apply(new AddBoard(board));
        apply(AddNote.onTop(new Note("n1", "b1", 0, "Too many meetings", null, "", 0, 0, null, null, null)));
        apply(AddParticipant.atEnd(new Participant("p1", "Jürgen", null)));
        int afterAdding = fired.get();
        apply(new RenameParticipant("p1", "Jürgen Müller"));
        assertThat(afterAdding).as("only the people line, once").isEqualTo(1);
        assertThat(fired.get()).as("a rename keeps the counts").isEqualTo(1);
        assertThat(cells()).containsExactlyElementsOf(before);
        assertThat(view.facilitatorView().lookupAll(".label").stream().map(node -> ((Label) node).getText()))
                .contains("1 participant · 0 teams");
    }

    @Test
    void rowsComeAndGoWithTheStages() {
        int stages = model.session().agenda().stages().size();
        assertThat(cells()).hasSize(3 * stages);
        apply(new AddStage(new org.zielbild.domain.agenda.Stage("extra", "Coffee", "welcome", 15, "", List.of()), -1));
        assertThat(cells()).hasSize(3 * (stages + 1));
        assertThat(texts().subList(3 * stages, 3 * stages + 3)).containsExactly((stages + 1) + ".", "Coffee", "15 min");
        apply(new RemoveStage("s1"));
        assertThat(cells()).hasSize(3 * stages);
        assertThat(texts()).startsWith("1.", model.session().agenda().stages().get(0).title());
        assertThat(texts()).endsWith(stages + ".", "Coffee", "15 min");
    }
}
