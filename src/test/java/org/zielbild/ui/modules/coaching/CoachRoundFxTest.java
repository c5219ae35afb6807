package org.zielbild.ui.modules.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.domain.Session;
import org.zielbild.domain.coaching.CoachBallot;
import org.zielbild.domain.coaching.CoachingStep;
import org.zielbild.domain.coaching.RunPlacement;
import org.zielbild.domain.roster.AddParticipants;
import org.zielbild.domain.roster.Participant;
import org.zielbild.testing.CutText;
import org.zielbild.testing.RunTheDayFxSupport;
import org.zielbild.testing.RunTheDayFxTestBase;
import org.zielbild.ui.common.SessionModel;
import org.zielbild.ui.shell.session.SessionWindow;

/**
 * The coach round in the real shell with the projector open, from the keyboard: four coaches from
 * CSV, two pitches with their timers, questions, six secret rankings on the ballot screen, compute,
 * a pin that holds through a recompute, the announcement; and all along, the wall never shows a ranking.
 */
class CoachRoundFxTest extends RunTheDayFxTestBase {

    private static final String COACHES = "coach,capacity,style\nAnna Weber,2,Agile leadership\n"
            + "Bernd Köhler,2,Systemic coaching\nChiara Rossi,1,\"Career, growth\"\n\"Okafor, Daniel\",2,Change and conflict\n";
    private static final List<String> PEOPLE = List.of("Ahmet Yılmaz", "Bärbel Schütz", "Carla Nüßlein", "Dana Ek",
            "Emil Groß", "Fatma Demir");
    /** The keys each person presses on the ballot screen (coach numbers in pitch order). */
    private static final List<String> KEYS = List.of("1234", "1243", "2134", "2314", "4123", "1324");

    private SessionWindow window() {
        return shell.sessionWindow();
    }

    private SessionModel model() {
        return window().viewModel().model();
    }

    private Session session() {
        return model().session();
    }

    private void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(60, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void alt(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.ALT, key).release(key, KeyCode.ALT);
        settle();
    }

    private List<String> wall() {
        return RunTheDayFxSupport.texts(window().projector().window().scene().getRoot());
    }

    @Test
    void aWholeCoachRoundFromTheKeyboardWithTheWallNeverShowingARanking(FxRobot robot) {
        robot.interact(() -> model().apply(new AddParticipants(PEOPLE.stream()
                .map(n -> new Participant("p-" + PEOPLE.indexOf(n), n, null)).toList())));
        WaitForAsyncUtils.asyncFx(() -> window().viewModel().select("s6"));
        settle();
        robot.clickOn("#stageTitle");
        robot.type(KeyCode.F5);
        robot.press(KeyCode.CONTROL, KeyCode.SPACE).release(KeyCode.SPACE, KeyCode.CONTROL);
        settle();
        assertThat(session().dayLog().live().orElseThrow().stageId()).isEqualTo("s6");

        // Four coaches from CSV, pasted into the import's preview.
        robot.clickOn("#coachPaste");
        robot.interact(() -> robot.lookup("#importText").queryAs(TextArea.class).setText(COACHES));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        robot.clickOn("#importAdd");
        settle();
        assertThat(robot.lookup("#coachTable").queryAs(TableView.class).getItems()).hasSize(4);
        assertThat(wall()).contains("Meet the coaches", "Anna Weber", "Okafor, Daniel");

        // Two pitches, each on the free timer with its questions; the stage timer runs on.
        robot.clickOn("#coachTable");
        alt(robot, KeyCode.RIGHT);
        assertThat(session().coaching().view().step()).isEqualTo(CoachingStep.PITCH);
        assertThat(session().dayLog().freeTimer().label()).isEqualTo("Pitch: Anna Weber");
        assertThat(robot.lookup("#freeTitle").queryAs(Label.class).getText()).contains("Pitch: Anna Weber");
        assertThat(robot.lookup("#freeClock").queryAs(Label.class).getText()).isEqualTo("05:00");
        assertThat(wall()).contains("Anna Weber", "Agile leadership", "Pitch 1 of 4", "Pitch: Anna Weber", "05:00");
        alt(robot, KeyCode.RIGHT);
        assertThat(session().dayLog().freeTimer().label()).isEqualTo("Questions: Anna Weber");
        alt(robot, KeyCode.Q);
        robot.write("How often do we meet?");
        robot.type(KeyCode.TAB);
        robot.write("Dana Ek");
        robot.type(KeyCode.ENTER);
        robot.clickOn("#questionText").write("Can we work in English?").type(KeyCode.ENTER);
        settle();
        assertThat(session().coaching().questions()).extracting(q -> q.text())
                .containsExactly("How often do we meet?", "Can we work in English?");
        assertThat(wall()).contains("Questions to Anna Weber", "How often do we meet?", "asked by Dana Ek");
        alt(robot, KeyCode.RIGHT);
        assertThat(session().dayLog().freeTimer().label()).isEqualTo("Pitch: Bernd Köhler");
        assertThat(wall()).contains("Bernd Köhler", "Pitch 2 of 4");
        assertThat(session().dayLog().live().orElseThrow().stageId()).as("the stage keeps its own timer").isEqualTo("s6");
        alt(robot, KeyCode.RIGHT);
        alt(robot, KeyCode.Q);
        robot.write("What if my team does not join in?").type(KeyCode.ENTER);
        settle();
        assertThat(session().coaching().questionsFor(session().coaching().coachNamed("Bernd Köhler").orElseThrow().id()))
                .hasSize(1);

        // The secret ranking, one person after the other on the ballot screen.
        robot.clickOn("#coachingShowRanking");
        settle();
        assertThat(wall()).contains("0 of 6 have chosen");
        alt(robot, KeyCode.R);
        Stage ballot = ballotStage(robot);
        for (int person = 0; person < PEOPLE.size(); person++) {
            String who = PEOPLE.get(person);
            assertThat(textsOf(ballot)).as("hand-over before %s", who).noneMatch(t -> t.matches(".*\\d\\. .*"));
            robot.type(KeyCode.ENTER);
            settle();
            assertThat(textsOf(ballot)).anyMatch(t -> t.contains(who + ", rank the coaches"));
            for (char key : KEYS.get(person).toCharArray()) {
                robot.type(KeyCode.valueOf("DIGIT" + key));
            }
            settle();
            assertThat(CutText.in(ballot.getScene())).as("the ballot screen at %s's turn", who).isEmpty();
            robot.type(KeyCode.ENTER);
            settle();
            assertThat(textsOf(ballot)).contains("Thank you, " + who + ": your ranking is saved.");
            assertThat(wall()).as("the wall after %s voted", who).contains((person + 1) + " of 6 have chosen");
            assertNoRankingOnTheWall();
        }
        assertThat(textsOf(ballot)).contains("Everyone has chosen.");
        robot.type(KeyCode.ESCAPE);
        settle();
        assertThat(ballot.isShowing()).isFalse();
        assertThat(session().coaching().ballots()).hasSize(6);
        CoachBallot carla = session().coaching().ballotOf("p-2").orElseThrow();
        assertThat(carla.ranking()).containsExactly(id("Bernd Köhler"), id("Anna Weber"), id("Chiara Rossi"),
                id("Okafor, Daniel"));
        assertThat(RunTheDayFxSupport.texts(robot.lookup("#voterList").query())).as("the laptop shows who, never what")
                .noneMatch(t -> t.contains("Anna Weber") || t.contains("Bernd Köhler"));

        // Compute, pin one person elsewhere, recompute: the pin holds.
        robot.clickOn("#voterList");
        alt(robot, KeyCode.C);
        RunPlacement before = session().coaching().latestRun().orElseThrow().placementOf("p-0").orElseThrow();
        assertThat(robot.lookup("#resultGroups").queryAs(javafx.scene.layout.Pane.class).getChildren()).hasSize(4);
        assertThat(robot.lookup("#resultSummary").queryAs(Label.class).getText()).contains("got their 1st choice");
        String elsewhere = before.coachName().equals("Okafor, Daniel") ? "Chiara Rossi" : "Okafor, Daniel";
        robot.interact(() -> {
            robot.lookup("#resultPerson").queryAs(org.controlsfx.control.SearchableComboBox.class)
                    .setValue(session().roster().requireParticipant("p-0"));
            robot.lookup("#resultCoach").queryAs(javafx.scene.control.ComboBox.class)
                    .setValue(session().coaching().coachNamed(elsewhere).orElseThrow());
        });
        robot.clickOn("#resultPin");
        settle();
        assertThat(robot.lookup("#resultStale").queryAs(Label.class).getText()).startsWith("Out of date");
        alt(robot, KeyCode.C);
        RunPlacement pinned = session().coaching().latestRun().orElseThrow().placementOf("p-0").orElseThrow();
        assertThat(pinned.coachName()).isEqualTo(elsewhere);
        assertThat(pinned.pinned()).isTrue();
        assertThat(robot.lookup("#resultStale").queryAs(Label.class).isVisible()).isFalse();
        alt(robot, KeyCode.C);
        assertThat(session().coaching().latestRun().orElseThrow().placementOf("p-0").orElseThrow().coachName())
                .as("the pin survives every recompute").isEqualTo(elsewhere);
        robot.clickOn("#resultWhy");
        assertThat(robot.lookup("#resultWhyText").queryAs(Label.class).getText()).startsWith("You pinned Ahmet Yılmaz to " + elsewhere);

        // The announcement: groups with names and the ranks received, never anyone's ranking.
        alt(robot, KeyCode.A);
        assertThat(session().coaching().view().step()).isEqualTo(CoachingStep.ANNOUNCEMENT);
        assertThat(wall()).contains(elsewhere, "Ahmet Yılmaz", "Choices received", "1st choice");
        assertThat(window().projector().window().scene().lookup("#coachingWallHistogram")).isNotNull();
        assertNoRankingOnTheWall();
        assertThat(session().coaching().runs()).hasSize(3);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        settle();
        assertThat(session().coaching().view().step()).as("undo takes the announcement back").isEqualTo(CoachingStep.RANKING);
    }

    /**
     * The key rule (0101): on the pitches tab, characters typed outside a field begin a question
     * (nothing reaches the wall or a timer), and the round's Alt keys type nothing into it.
     */
    @Test
    void strayTypingOnThePitchesTabBeginsAQuestion(FxRobot robot) {
        robot.interact(() -> {
            model().apply(org.zielbild.domain.coaching.AddCoach.atEnd(
                    org.zielbild.domain.coaching.Coach.of("c1", "Anna Weber", 3)));
            model().apply(org.zielbild.domain.coaching.AddCoach.atEnd(
                    org.zielbild.domain.coaching.Coach.of("c2", "Bernd Köhler", 3)));
        });
        WaitForAsyncUtils.asyncFx(() -> window().viewModel().select("s6"));
        settle();
        robot.clickOn("#stageTitle");
        alt(robot, KeyCode.DIGIT2);
        robot.clickOn("#pitchOrder");
        alt(robot, KeyCode.RIGHT);
        assertThat(session().coaching().view().step()).isEqualTo(CoachingStep.PITCH);
        robot.write("Who pays?");
        settle();
        TextField question = robot.lookup("#questionText").queryAs(TextField.class);
        assertThat(question.getText()).isEqualTo("Who pays?");
        assertThat(question.isFocused()).isTrue();
        assertThat(session().coaching().view().step()).as("typing moved nothing").isEqualTo(CoachingStep.PITCH);
        alt(robot, KeyCode.RIGHT);
        assertThat(session().coaching().view().step()).isEqualTo(CoachingStep.QUESTIONS);
        assertThat(question.getText()).isEqualTo("Who pays?");
        robot.type(KeyCode.ENTER);
        settle();
        assertThat(session().coaching().questions()).extracting(q -> q.text()).containsExactly("Who pays?");
    }

    private String id(String coach) {
        return session().coaching().coachNamed(coach).orElseThrow().id();
    }

    /** No text on the wall names a person together with a rank, or any ranking written out. */
    private void assertNoRankingOnTheWall() {
        List<String> texts = wall();
        for (Participant p : session().roster().participants()) {
            assertThat(texts).as("wall texts mentioning %s", p.name()).filteredOn(t -> t.contains(p.name()))
                    .allMatch(t -> t.equals(p.name()) || t.equals(p.name() + ",") || !t.matches(".*(\\d\\.|choice|→).*"));
            session().coaching().ballotOf(p.id()).ifPresent(b -> {
                List<String> names = b.ranking().stream()
                        .map(id -> session().coaching().requireCoach(id).name()).toList();
                assertThat(String.join("\n", texts)).doesNotContain("1. " + names.get(0))
                        .doesNotContain(String.join(", ", names));
            });
        }
        assertThat(RunTheDayFxSupport.texts(window().projector().window().scene().getRoot()))
                .noneMatch(t -> t.contains("choice 1") || t.contains("Your ranking"));
    }

    private static Stage ballotStage(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return (Stage) Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && "Secret ranking".equals(s.getTitle()) && s.isShowing())
                .findFirst().orElseThrow();
    }

    private static List<String> textsOf(Stage stage) {
        return RunTheDayFxSupport.texts(stage.getScene().getRoot());
    }

}
