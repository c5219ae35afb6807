package org.zielbild.ui.shell.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Text inputs keep their keys; everything else gets the shortcuts. */
@ExtendWith(ApplicationExtension.class)
class KeyboardControlFxTest {

    private final AtomicInteger black = new AtomicInteger();
    private final AtomicInteger timer = new AtomicInteger();
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger minute = new AtomicInteger();
    private final AtomicInteger pressed = new AtomicInteger();
    private TextField field;
    private TextArea area;

    @Start
    void start(Stage stage) {
        field = new TextField();
        field.setId("field");
        area = new TextArea();
        area.setId("area");
        area.setPrefRowCount(2);
        Spinner<Integer> spinner = new Spinner<>(1, 99, 7);
        spinner.setEditable(true);
        spinner.setId("spinner");
        ListView<String> list = new ListView<>();
        list.setId("list");
        list.getItems().addAll("a", "b");
        list.setPrefHeight(60);
        Button button = new Button("press");
        button.setId("button");
        button.setOnAction(e -> pressed.incrementAndGet());
        Scene scene = new Scene(new VBox(field, area, spinner, list, button), 400, 400);
        new KeyboardControl()
                .on(Shortcut.BLACK_SCREEN, black::incrementAndGet)
                .on(Shortcut.START_PAUSE, timer::incrementAndGet)
                .on(Shortcut.NEXT_STAGE, next::incrementAndGet)
                .on(Shortcut.ADD_MINUTE, minute::incrementAndGet)
                .on(Shortcut.ADD_FIVE_MINUTES, minute::incrementAndGet)
                .install(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void singleKeysTypeIntoTextInputs(FxRobot robot) {
        robot.clickOn("#field").write("b. +").type(KeyCode.PAGE_DOWN);
        robot.clickOn("#area").write("b+");
        robot.clickOn("#spinner").write("5");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field.getText()).isEqualTo("b. +");
        assertThat(area.getText()).isEqualTo("b+");
        assertThat(((Spinner<?>) robot.lookup("#spinner").query()).getEditor().getText()).isEqualTo("75");
        assertThat(black.get() + timer.get() + next.get() + minute.get()).isZero();
    }

    @Test
    void keysWithCtrlWorkEvenInATextField(FxRobot robot) {
        robot.clickOn("#field");
        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(black.get()).isEqualTo(1);
        assertThat(next.get()).isEqualTo(1);
        assertThat(field.getText()).isEmpty();
    }

    @Test
    void outsideTextInputsSingleKeysAreShortcuts(FxRobot robot) {
        robot.clickOn("#list").type(KeyCode.B).write("+").type(KeyCode.SPACE).type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(black.get()).isEqualTo(1);
        assertThat(minute.get()).isEqualTo(1);
        assertThat(timer.get()).isEqualTo(1);
        assertThat(next.get()).isEqualTo(1);
    }

    @Test
    void aFocusedButtonKeepsSpace(FxRobot robot) {
        robot.clickOn("#button");
        int clicks = pressed.get();
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pressed.get()).isEqualTo(clicks + 1);
        assertThat(timer.get()).isZero();
    }
}
