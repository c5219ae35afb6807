package org.zielbild.ui.kit.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import org.zielbild.domain.Language;

/**
 * One Esc closes only the topmost thing, on a board stage of the real session window (0050):
 * an overlay, the note editor or a popup first; then the focus leaves a text field (its text
 * stays); then the board's selection is cleared.
 */
class EscOrderFxTest {

    @TempDir
    Path home;

    private final BoardStageFxSupport day = new BoardStageFxSupport();
    private BoardCanvas canvas;
    private BoardViewModel vm;

    @BeforeEach
    void openBoardWithASelectedNote() throws Exception {
        canvas = day.open(home, Language.EN);
        vm = canvas.viewModel();
        day.robot.interact(() -> {
            for (String text : List.of("Too many meetings", "Great team spirit")) {
                vm.capture().textProperty().set(text);
                vm.capture().add();
            }
            vm.select(List.of(vm.snapshot().notes().get(0).id()), false);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.selection()).hasSize(1);
    }

    @AfterEach
    void close() throws Exception {
        day.close();
    }

    private void esc() {
        day.robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node focusOwner() {
        return day.visible("#captureText").getScene().getFocusOwner();
    }

    @Test
    void overlayThenTextFieldThenSelection() throws Exception {
        TextArea field = day.waitFor("#captureText");
        day.robot.clickOn(field).write("half a thought");
        day.robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> day.robot.lookup("#shortcutOverlay").tryQuery().isPresent());

        esc();
        assertThat(day.robot.lookup("#shortcutOverlay").tryQuery()).as("1st Esc closes the overlay").isEmpty();
        assertThat(focusOwner()).as("and gives the focus back to the field").isSameAs(field);
        assertThat(vm.selection()).hasSize(1);

        esc();
        assertThat(focusOwner()).as("2nd Esc leaves the field for the board").isSameAs(canvas);
        assertThat(field.getText()).as("the typed text stays, nothing is added").isEqualTo("half a thought");
        assertThat(vm.snapshot().notes()).hasSize(2);
        assertThat(vm.selection()).as("the selection is still there").hasSize(1);

        esc();
        assertThat(vm.selection()).as("3rd Esc clears the selection").isEmpty();
        assertThat(field.getText()).isEqualTo("half a thought");
    }

    @Test
    void theNoteEditorClosesBeforeTheSelectionIsCleared() {
        day.robot.interact(canvas::requestFocus);
        day.robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.isEditing()).isTrue();
        day.robot.write("changed");

        esc();
        assertThat(canvas.isEditing()).as("1st Esc cancels the edit").isFalse();
        assertThat(vm.snapshot().notes().get(0).text()).isEqualTo("Too many meetings");
        assertThat(vm.selection()).hasSize(1);

        esc();
        assertThat(vm.selection()).as("2nd Esc clears the selection").isEmpty();
    }

    @Test
    void aPopupClosesBeforeTheSelectionIsCleared() throws Exception {
        ComboBox<?> team = day.waitFor("#captureTeam");
        day.robot.clickOn(team);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, team::isShowing);

        esc();
        assertThat(team.isShowing()).as("1st Esc closes the popup").isFalse();
        assertThat(vm.selection()).hasSize(1);

        esc();
        assertThat(vm.selection()).as("2nd Esc clears the selection").isEmpty();
    }

    @Test
    void inTheListTheFieldGivesWayToTheTableAndThenTheSelectionIsCleared() throws Exception {
        day.robot.clickOn(day.visible("#showList"));
        TextArea field = day.waitFor("#captureText");
        day.robot.clickOn(field).write("x");

        esc();
        assertThat(focusOwner()).as("1st Esc leaves the field for the note list").isSameAs(day.visible("#noteTable"));
        assertThat(vm.selection()).hasSize(1);

        esc();
        assertThat(vm.selection()).as("2nd Esc clears the selection").isEmpty();
        assertThat(field.getText()).isEqualTo("x");
    }
}
