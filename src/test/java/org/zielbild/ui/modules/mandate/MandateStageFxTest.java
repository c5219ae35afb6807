package org.zielbild.ui.modules.mandate;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.app.BuiltInModules;
import org.zielbild.domain.Language;
import org.zielbild.domain.Session;
import org.zielbild.domain.board.AddNote;
import org.zielbild.domain.board.Board;
import org.zielbild.domain.mandate.Action;
import org.zielbild.domain.mandate.Coverage;
import org.zielbild.domain.mandate.Mandate;
import org.zielbild.session.SessionService;
import org.zielbild.testing.TargetSamples;
import org.zielbild.ui.common.I18n;
import org.zielbild.ui.common.SessionModel;
import org.zielbild.ui.modules.NoWindowActions;
import org.zielbild.ui.shell.Shell;
import org.zielbild.ui.shell.session.SessionViewModel;
import org.zielbild.ui.shell.session.SessionWindow;
import org.zielbild.ui.shell.session.StatusNotifier;

/**
 * The walk-through in the real session window, by keyboard: mandates for two teams with
 * value, linked statements, a guideline with a behaviour and an action with owner and due date; the
 * coverage matrix names the carried statement no team serves; at the closing a next-step note
 * becomes an action with owner and date, the note staying where it was. Due dates typed as
 * {@code 6.12.2026} and {@code 2026-12-06} are read, {@code morgen} gets an inline message and stays. An
 * owner typed who is no participant is offered as a new one, never kept as text.
 */
@ExtendWith(ApplicationExtension.class)
class MandateStageFxTest {

    private SessionModel model;
    private SessionViewModel svm;
    private SessionWindow window;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        StatusNotifier notifier = new StatusNotifier();
        model = new SessionModel(SessionService.inMemory(TargetSamples.rated(Language.EN)), notifier);
        svm = new SessionViewModel(model);
        window = new SessionWindow(svm, notifier, BuiltInModules.registry(), new I18n(Language.EN),
                new NoWindowActions());
        Scene scene = new Scene(window.root(), 1260, 780);
        scene.getStylesheets().add(Shell.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    private void open(int stage) {
        String id = model.session().agenda().stages().get(stage).id();
        WaitForAsyncUtils.asyncFx(() -> svm.select(id));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void ctrl(FxRobot robot, KeyCode... codes) {
        robot.press(KeyCode.CONTROL);
        robot.type(codes);
        robot.release(KeyCode.CONTROL);
    }

    private static void ctrlShift(FxRobot robot, KeyCode code) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(code).release(KeyCode.SHIFT, KeyCode.CONTROL);
    }

    private Mandate team(String id) {
        return model.session().mandates().mandate(id).orElseThrow();
    }

    private void writeMandate(FxRobot robot, String text, String value, String guideline, String what, String how) {
        ctrl(robot, KeyCode.DIGIT1); // the mandate's text
        robot.write(text);
        robot.type(KeyCode.TAB); // leaving a text writes it
        robot.write(value);
        ctrl(robot, KeyCode.ENTER);
        ctrl(robot, KeyCode.G);
        robot.write(guideline).type(KeyCode.ENTER); // then the keyboard is on its first behaviour
        robot.write(what).type(KeyCode.ENTER);
        robot.write(how).type(KeyCode.ENTER);
    }

    private void linkStatement(FxRobot robot, int index) {
        ctrl(robot, KeyCode.K);
        robot.type(KeyCode.HOME);
        for (int i = 0; i < index; i++) {
            robot.type(KeyCode.DOWN);
        }
        robot.type(KeyCode.SPACE);
    }

    private void addAction(FxRobot robot, String what, String owner, String due) {
        ctrl(robot, KeyCode.DIGIT2); // the actions tab, on its add line
        robot.write(what).type(KeyCode.ENTER); // the keyboard is on its owner then
        robot.write(owner).type(KeyCode.ENTER);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.D).release(KeyCode.SHIFT, KeyCode.CONTROL);
        robot.write(due).type(KeyCode.ENTER);
    }

    @Test
    void twoTeamsGetTheirMandatesByKeyboardAndTheMatrixNamesTheStatementNobodyServes(FxRobot robot) {
        open(4);
        robot.clickOn("#mandateTeams");
        robot.type(KeyCode.HOME);
        writeMandate(robot, "We win customers who fit us.", "Reliable revenue.", "We listen first",
                "Every first call starts with questions", "three open questions first");
        linkStatement(robot, 0);
        addAction(robot, "Write a call guide", "Anna", "6.12.2026");

        robot.press(KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT); // the next team
        writeMandate(robot, "We solve requests on first contact.", "Fewer follow-ups.", "One name per request",
                "Whoever answers stays responsible", "until it is solved");
        linkStatement(robot, 1);
        addAction(robot, "Show call-back times", "Ben", "2026-12-06");

        Mandate sales = team("t0");
        Mandate service = team("t1");
        assertThat(sales.text()).isEqualTo("We win customers who fit us.");
        assertThat(sales.value()).isEqualTo("Reliable revenue.");
        assertThat(sales.statements()).hasSize(1);
        assertThat(sales.guidelines()).singleElement().satisfies(g -> {
            assertThat(g.text()).isEqualTo("We listen first");
            assertThat(g.behaviours()).singleElement().satisfies(b -> {
                assertThat(b.what()).isEqualTo("Every first call starts with questions");
                assertThat(b.how()).isEqualTo("three open questions first");
            });
        });
        assertThat(service.text()).isEqualTo("We solve requests on first contact.");
        assertThat(service.statements()).hasSize(1)
                .doesNotContainAnyElementsOf(sales.statements());
        List<Action> actions = model.session().mandates().actions();
        assertThat(actions).extracting(Action::what, Action::teamId, Action::due).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Write a call guide", "t0", LocalDate.of(2026, 12, 6)),
                org.assertj.core.groups.Tuple.tuple("Show call-back times", "t1", LocalDate.of(2026, 12, 6)));
        assertThat(actions).extracting(a -> model.session().roster().participant(a.ownerId()).orElseThrow().name())
                .containsExactly("Anna", "Ben");

        ctrl(robot, KeyCode.DIGIT3);
        Coverage coverage = Coverage.of(model.session());
        List<String> uncovered = coverage.uncovered().stream().map(Coverage.Row::text).toList();
        assertThat(uncovered).as("two of the four carried statements are served").hasSize(2);
        String summary = robot.lookup("#coverageSummary").queryAs(Label.class).getText();
        assertThat(summary).contains("2 by no team yet");
        assertThat(robot.lookup("#coverageMatrix").queryAll()).isNotEmpty();
        List<String> rows = robot.lookup(n -> n.getId() != null && n.getId().startsWith("coverageRow"))
                .queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertThat(rows).anySatisfy(r -> assertThat(r).isEqualTo("No team serves this yet: " + uncovered.get(0)));
    }

    @Test
    void aNextStepNoteAtTheClosingBecomesAnActionWithOwnerAndDateAndStays(FxRobot robot) {
        open(6);
        Board nextSteps = model.session().boards().boards().stream().filter(b -> b.title().contains("Next"))
                .reduce((a, b) -> b).orElseThrow();
        WaitForAsyncUtils.asyncFx(() -> model.apply(AddNote.onTop(new org.zielbild.domain.board.Note("n-old",
                nextSteps.id(), 0, "Send the picture to everyone", null, "", 40, 40, null, null, Instant.EPOCH))));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            javafx.scene.control.TabPane pane = robot.lookup(".tab-pane").queryAllAs(javafx.scene.control.TabPane.class)
                    .stream().filter(t -> t.getTabs().size() == 3).findFirst().orElseThrow();
            pane.getSelectionModel().select(2);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node canvas = robot.lookup("#boardCanvas").queryAll().stream().filter(Node::isVisible)
                .filter(n -> n.getScene() != null && n.localToScene(n.getLayoutBounds()).getWidth() > 0)
                .reduce((a, b) -> b).orElseThrow();
        javafx.geometry.Bounds cb = canvas.localToScreen(canvas.getLayoutBounds());
        robot.clickOn(cb.getMaxX() - 20, cb.getMaxY() - 20); // empty board: the keyboard is on the board
        robot.type(KeyCode.DOWN); // the keyboard selects the nearest note
        ctrlShift(robot, KeyCode.T);

        assertThat(model.session().mandates().actions()).singleElement().satisfies(a -> {
            assertThat(a.what()).isEqualTo("Send the picture to everyone");
            assertThat(a.note().noteId()).isEqualTo("n-old");
        });
        robot.write("Cem").type(KeyCode.ENTER); // the keyboard is on the new action's owner
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.D).release(KeyCode.SHIFT, KeyCode.CONTROL);
        TextField due = robot.lookup("#actionDueText").queryAs(TextField.class);
        robot.lookup("#actionDue").queryAs(org.zielbild.ui.common.DateField.class).messageProperty().addListener((o, a, b) -> {
                new Throwable().printStackTrace();
        });
        robot.write("morgen").type(KeyCode.ENTER);
        assertThat(due.getText()).as("what was typed stays").isEqualTo("morgen");
        org.zielbild.ui.common.DateField dueField = robot.lookup("#actionDue").queryAs(org.zielbild.ui.common.DateField.class);
        assertThat(dueField.lookupAll(".date-field-problem")).filteredOn(Node::isVisible).singleElement()
                .satisfies(l -> assertThat(((Label) l).getText()).contains("morgen"));
        assertThat(model.session().mandates().actions().get(0).due()).isNull();
        robot.interact(() -> due.clear());
        robot.clickOn(due).write("2026-12-18").type(KeyCode.ENTER);

        Action made = model.session().mandates().actions().get(0);
        assertThat(model.session().roster().participant(made.ownerId()).orElseThrow().name()).isEqualTo("Cem");
        assertThat(made.due()).isEqualTo(LocalDate.of(2026, 12, 18));
        Session s = model.session();
        assertThat(s.boards().notesOf(nextSteps.id())).anySatisfy(n -> assertThat(n.id()).isEqualTo("n-old"));
        // Turned into an action once: the same command again makes no second one.
        robot.interact(canvas::requestFocus);
        ctrlShift(robot, KeyCode.T);
        assertThat(model.session().mandates().actions()).hasSize(1);
    }

    @Test
    void anOwnerWhoIsNoParticipantIsOfferedAsANewOneNeverKeptAsText(FxRobot robot) {
        open(4);
        robot.clickOn("#mandateTeams");
        ctrl(robot, KeyCode.DIGIT2);
        robot.write("Invite the works council").type(KeyCode.ENTER);
        robot.write("Zoë Neumann").type(KeyCode.ENTER);
        Action made = model.session().mandates().actions().get(0);
        assertThat(made.ownerId()).as("no free-text owner").isNull();
        assertThat(robot.lookup("#addOwnerAsParticipant").queryButton().getParent().isVisible()).isTrue();
        robot.clickOn("#addOwnerAsParticipant");
        org.zielbild.domain.roster.Participant zoe = model.session().roster().participantNamed("Zoë Neumann").orElseThrow();
        assertThat(model.session().mandates().actions().get(0).ownerId()).isEqualTo(zoe.id());
        assertThat(zoe.teamId()).isEqualTo(made.teamId());
        assertThat(robot.lookup("#addOwnerAsParticipant").queryButton().getParent().isVisible()).isFalse();
    }
}
